/**
 * A one-pass scanner for instance files (see instance.ts) that reads the score matrix straight
 * from the file's bytes into one Int16Array, so an 8,000 × 2,400 instance never exists as
 * 19 million boxed JSON values (JSON.parse made ~500 MB of nested arrays for a 60 MB file).
 *
 * Everything but "scores" is small (ids, capacities, locks) and is parsed into plain values, as
 * JSON.parse would, for instance.ts to validate with zod. The scanner checks JSON syntax itself
 * and names the place of a syntax error: the line and column, and the mentee row and mentor
 * column when it is inside the scores. Score cells that are valid JSON but not valid scores
 * (101, 3.5, "x") are collected with their row and column for instance.ts to report, exactly as
 * the zod validation of the nested form does.
 */
import { NO_SCORE } from './score-grid';

/** A cell that is valid JSON but not a score: where it is and what is wrong. */
export interface CellIssue {
  row: number;
  col: number;
  message: string;
}

/** The "scores" member as scanned: a list of rows, each a list of cells. */
export interface ScannedRows {
  kind: 'rows';
  /** Every cell of every list row, one after another (NO_SCORE for null or an invalid cell). */
  cells: Int16Array;
  /** How many cells `cells` holds. */
  cellCount: number;
  /** Number of rows (list or not). */
  rowCount: number;
  /** Length of each row (0 for a row that is not a list). */
  rowLengths: Int32Array;
  /** Indexes of rows that are not lists. */
  rowsNotLists: number[];
  /** The first MAX_CELL_ISSUES invalid cells, row by row. */
  cellIssues: CellIssue[];
  /** All invalid cells, listed or not. */
  badCells: number;
}

/** A "scores" member that is not a list (validation reports it with its value). */
export interface ScannedOther {
  kind: 'other';
  value: unknown;
}

export type ScannedDocument =
  | { kind: 'object'; members: Record<string, unknown>; scores: ScannedRows | ScannedOther | null }
  | { kind: 'other'; value: unknown };

/** Invalid cells reported one by one before the rest are only counted. */
export const MAX_CELL_ISSUES = 1000;

export const SCORE_TYPE = 'must be an integer from 0 to 100, or null when the pair is not allowed';

/** What is wrong with a (non-null) cell value, or undefined when it is a score. */
export function scoreProblem(cell: unknown): string | undefined {
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return SCORE_TYPE;
  if (!Number.isInteger(cell)) return 'must be a whole number from 0 to 100';
  if (cell < 0 || cell > 100) return 'must be from 0 to 100';
  return undefined;
}

/** Thrown for text that is not JSON; `message` names the place. */
export class JsonSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** Deeper nesting than this is refused (it only ever comes from a broken or hostile file). */
const MAX_DEPTH = 256;

// Byte values the scanner looks for.
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const LOWER_N = 0x6e;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Reads up to `length` bytes of the file into `buffer` at `offset` and returns how many it read:
 * 0 at the end of the file. Lets the scanner read a file in 1 MB pieces instead of whole.
 */
export type ReadInto = (buffer: Uint8Array, offset: number, length: number) => number;

/** The window on a file read piece by piece. */
const WINDOW = 1 << 20;
/** 64 million cells (128 MB): beyond this the score buffer grows as the cells come. */
const MAX_PRESIZED_CELLS = 1 << 26;
/** Bytes the score loop may read past a cell's start without checking for the window's end. */
const LOOKAHEAD = 64;

/**
 * Scans an instance file (UTF-8 JSON), whole in memory or read piece by piece through a window
 * of `window` bytes (tests make it small to cut tokens at every place). Throws JsonSyntaxError;
 * errors of `read` propagate as they are.
 */
export function scanInstance(input: Uint8Array | ReadInto, window = WINDOW): ScannedDocument {
  return new Scanner(input, Math.max(window, 2 * LOOKAHEAD)).document();
}

/**
 * The scanner keeps a window on the file: `bytes[0, end)`, where `pos` is the next unread byte.
 * A token is read with `peek(k)` (k bytes past `pos`) and `pos` moves only once it is whole, so
 * refilling, which keeps everything from `pos` on, never cuts one.
 */
class Scanner {
  private bytes: Uint8Array;
  private pos = 0;
  private end: number;
  private eof: boolean;
  private readonly read: ReadInto | null;
  /** Bytes dropped from the window's front so far, the lines they held and where the last began. */
  private dropped = 0;
  private linesDropped = 0;
  private lineStart = 0;
  /** Where the scanner is in the document, for syntax errors: keys and indexes. */
  private readonly path: (string | number)[] = [];
  /** Mentee and mentor counts seen so far, to size the score buffer at once. */
  private menteeCount = -1;
  private mentorCount = -1;

  constructor(input: Uint8Array | ReadInto, window: number) {
    if (input instanceof Uint8Array) {
      this.bytes = input;
      this.end = input.length;
      this.eof = true;
      this.read = null;
    } else {
      this.bytes = new Uint8Array(window);
      this.end = 0;
      this.eof = false;
      this.read = input;
      this.fill();
    }
  }

  document(): ScannedDocument {
    // A UTF-8 byte-order mark is not JSON (JSON.parse refuses it too), but say what it is.
    if (this.peek(0) === 0xef && this.peek(1) === 0xbb && this.peek(2) === 0xbf) {
      this.fail('the file starts with a byte-order mark; save it as UTF-8 without BOM');
    }
    this.skipSpace();
    let doc: ScannedDocument;
    if (this.peek(0) === OPEN_BRACE) doc = this.instanceObject();
    else doc = { kind: 'other', value: this.value(0) };
    this.skipSpace();
    if (this.peek(0) !== -1) this.fail(`unexpected ${this.found()} after the end of the instance`);
    return doc;
  }

  /** The top-level object: every member parsed as JSON.parse would, but "scores" scanned. */
  private instanceObject(): ScannedDocument {
    const members: Record<string, unknown> = {};
    let scores: ScannedRows | ScannedOther | null = null;
    this.pos++; // {
    this.skipSpace();
    if (this.peek(0) === CLOSE_BRACE) {
      this.pos++;
      return { kind: 'object', members, scores };
    }
    for (;;) {
      this.skipSpace();
      if (this.peek(0) !== QUOTE) this.fail(`expected a member name, found ${this.found()}`);
      const key = this.string();
      this.skipSpace();
      this.expect(COLON, "':' after the member name");
      this.skipSpace();
      this.path.push(key);
      if (key === 'scores') {
        // The last of repeated members wins, as with JSON.parse.
        scores =
          this.peek(0) === OPEN_BRACKET
            ? this.scoreRows()
            : { kind: 'other', value: this.value(1) };
      } else {
        const value = this.value(1);
        setMember(members, key, value);
        if (key === 'mentees') this.menteeCount = Array.isArray(value) ? value.length : -1;
        if (key === 'mentors') this.mentorCount = Array.isArray(value) ? value.length : -1;
      }
      this.path.pop();
      this.skipSpace();
      const c = this.peek(0);
      if (c === COMMA) {
        this.pos++;
        continue;
      }
      if (c === CLOSE_BRACE) {
        this.pos++;
        return { kind: 'object', members, scores };
      }
      this.fail(`expected ',' or '}' after a member, found ${this.found()}`);
    }
  }

  /** The score matrix, cell by cell into one Int16Array (sized once when the counts are known). */
  private scoreRows(): ScannedRows {
    // Sized at once from the counts, unless they promise more than the file could hold in a
    // sane size (a wrong count then grows the buffer as cells come, instead of reserving GBs).
    const sized =
      this.menteeCount >= 0 &&
      this.mentorCount >= 0 &&
      this.menteeCount * this.mentorCount <= MAX_PRESIZED_CELLS;
    let cells = new Int16Array(sized ? Math.max(1, this.menteeCount * this.mentorCount) : 1 << 16);
    let rowLengths = new Int32Array(sized ? Math.max(1, this.menteeCount) : 1024);
    let cellCount = 0;
    let rowCount = 0;
    const rowsNotLists: number[] = [];
    const cellIssues: CellIssue[] = [];
    let badCells = 0;

    this.pos++; // [
    this.skipSpace();
    if (this.peek(0) === CLOSE_BRACKET) this.pos++;
    else {
      for (;;) {
        this.skipSpace();
        const row = rowCount;
        if (row === rowLengths.length) rowLengths = grow(rowLengths, row * 2);
        this.path.push(row);
        if (this.peek(0) !== OPEN_BRACKET) {
          this.value(2); // reported by validation as "must be a list"; its value is not needed
          rowsNotLists.push(row);
          rowLengths[row] = 0;
        } else {
          this.pos++; // [
          this.skipSpace();
          let col = 0;
          if (this.peek(0) === CLOSE_BRACKET) this.pos++;
          else {
            for (;;) {
              if (this.pos < this.end && isSpace(this.bytes[this.pos] as number)) this.skipSpace();
              if (this.end - this.pos < LOOKAHEAD) this.refill();
              if (cellCount === cells.length) cells = grow(cells, cells.length * 2);
              // The common cell: 0–100 written as plain digits, or null. Past the end of the
              // file the window holds zeros (refill), which end a number like any non-digit.
              const bytes = this.bytes;
              let c = bytes[this.pos] as number;
              let score = -2;
              if (c >= ZERO && c <= NINE) {
                const start = this.pos;
                let v = c - ZERO;
                let p = this.pos + 1;
                c = bytes[p] as number;
                if (v !== 0) {
                  while (c >= ZERO && c <= NINE && p - start < 4) {
                    v = v * 10 + (c - ZERO);
                    c = bytes[++p] as number;
                  }
                }
                // Anything longer, out of range, with a fraction or an exponent: the full path.
                if (!(c >= ZERO && c <= NINE) && c !== DOT && c !== LOWER_E && c !== UPPER_E) {
                  if (v <= 100) {
                    score = v;
                    this.pos = p;
                  }
                }
              } else if (c === LOWER_N && this.matches('null')) {
                score = NO_SCORE;
                this.pos += 4;
              }
              if (score !== -2) {
                cells[cellCount++] = score;
              } else {
                this.path.push(col);
                const value = this.value(3);
                this.path.pop();
                const problem = value === null ? undefined : scoreProblem(value);
                if (problem === undefined) {
                  cells[cellCount++] = value === null ? NO_SCORE : (value as number);
                } else {
                  cells[cellCount++] = NO_SCORE;
                  badCells++;
                  if (badCells <= MAX_CELL_ISSUES) {
                    cellIssues.push({
                      row,
                      col,
                      message: `${problem}; got ${JSON.stringify(value)}`,
                    });
                  }
                }
              }
              col++;
              // Compact files put the separator right after the score: no call needed.
              c = this.pos < this.end ? (this.bytes[this.pos] as number) : -1;
              if (c === -1 || isSpace(c)) {
                this.skipSpace();
                c = this.peek(0);
              }
              if (c === COMMA) {
                this.pos++;
                continue;
              }
              if (c === CLOSE_BRACKET) {
                this.pos++;
                break;
              }
              this.path.push(col - 1);
              this.fail(`expected ',' or ']' after a score, found ${this.found()}`);
            }
          }
          rowLengths[row] = col;
        }
        this.path.pop();
        rowCount++;
        this.skipSpace();
        const c = this.peek(0);
        if (c === COMMA) {
          this.pos++;
          continue;
        }
        if (c === CLOSE_BRACKET) {
          this.pos++;
          break;
        }
        this.path.push(rowCount - 1);
        this.fail(`expected ',' or ']' after a row of scores, found ${this.found()}`);
      }
    }
    return {
      kind: 'rows',
      cells,
      cellCount,
      rowCount,
      rowLengths,
      rowsNotLists,
      cellIssues,
      badCells,
    };
  }

  /** Any JSON value, as JSON.parse would give it (for the small parts of the file). */
  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    this.skipSpace();
    const c = this.peek(0);
    if (c === OPEN_BRACE) return this.object(depth);
    if (c === OPEN_BRACKET) return this.array(depth);
    if (c === QUOTE) return this.string();
    if (c === MINUS || (c >= ZERO && c <= NINE)) return this.number();
    if (this.matches('null')) {
      this.pos += 4;
      return null;
    }
    if (this.matches('true')) {
      this.pos += 4;
      return true;
    }
    if (this.matches('false')) {
      this.pos += 5;
      return false;
    }
    return this.fail(`expected a value, found ${this.found()}`);
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++; // {
    this.skipSpace();
    if (this.peek(0) === CLOSE_BRACE) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek(0) !== QUOTE) this.fail(`expected a member name, found ${this.found()}`);
      const key = this.string();
      this.skipSpace();
      this.expect(COLON, "':' after the member name");
      this.path.push(key);
      setMember(out, key, this.value(depth + 1));
      this.path.pop();
      this.skipSpace();
      const c = this.peek(0);
      if (c === COMMA) this.pos++;
      else if (c === CLOSE_BRACE) {
        this.pos++;
        return out;
      } else this.fail(`expected ',' or '}' after a member, found ${this.found()}`);
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++; // [
    this.skipSpace();
    if (this.peek(0) === CLOSE_BRACKET) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.path.push(out.length);
      out.push(this.value(depth + 1));
      this.path.pop();
      this.skipSpace();
      const c = this.peek(0);
      if (c === COMMA) this.pos++;
      else if (c === CLOSE_BRACKET) {
        this.pos++;
        return out;
      } else {
        this.path.push(out.length - 1);
        this.fail(`expected ',' or ']' after a list item, found ${this.found()}`);
      }
    }
  }

  /** A JSON string: found by scanning, decoded by JSON.parse (escapes, surrogates). */
  private string(): string {
    let k = 1;
    let plain = true;
    for (;;) {
      const c = this.peek(k);
      if (c === -1) {
        this.pos = this.end;
        this.fail("unterminated text (a closing '\"' is missing)");
      }
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        plain = false;
        k += 2;
        continue;
      }
      if (c < 0x20) {
        this.pos += k;
        this.fail('a control character inside text must be escaped');
      }
      if (c >= 0x80) plain = false;
      k++;
    }
    // The whole string is in the window now: peek(k) found its closing quote.
    const start = this.pos;
    const text = plain
      ? latin1(this.bytes, start + 1, start + k)
      : this.decode(start, start + k + 1);
    this.pos = start + k + 1;
    return text;
  }

  private decode(start: number, end: number): string {
    try {
      return JSON.parse(utf8(this.bytes, start, end)) as string;
    } catch {
      return this.fail('invalid escape in text');
    }
  }

  /** A JSON number, checked against the JSON grammar (no "01", "+1", ".5", "1."). */
  private number(): number {
    let k = 0;
    const digit = (at: number): boolean => {
      const c = this.peek(at);
      return c >= ZERO && c <= NINE;
    };
    const bad = (): never =>
      this.fail(
        `malformed number ${JSON.stringify(latin1(this.bytes, this.pos, this.pos + k + 1))}`,
      );
    if (this.peek(k) === MINUS) k++;
    if (this.peek(k) === ZERO) k++;
    else if (digit(k)) while (digit(k)) k++;
    else bad();
    if (digit(k)) bad(); // leading zero
    if (this.peek(k) === DOT) {
      k++;
      if (!digit(k)) bad();
      while (digit(k)) k++;
    }
    const e = this.peek(k);
    if (e === LOWER_E || e === UPPER_E) {
      k++;
      const sign = this.peek(k);
      if (sign === 0x2b || sign === MINUS) k++;
      if (!digit(k)) bad();
      while (digit(k)) k++;
    }
    const text = latin1(this.bytes, this.pos, this.pos + k);
    this.pos += k;
    return Number(text);
  }

  /** The byte k past `pos`, refilling the window when it is not there yet; -1 past the end. */
  private peek(k: number): number {
    while (this.pos + k >= this.end) if (!this.refill()) return -1;
    return this.bytes[this.pos + k] as number;
  }

  /**
   * Moves the unread bytes (from `pos`) to the front of the window and reads more after them;
   * false when the file has no more. A window too full to take more is doubled.
   */
  private refill(): boolean {
    if (this.eof || this.read === null) return false;
    this.countLines(0, this.pos);
    this.dropped += this.pos;
    const keep = this.end - this.pos;
    if (keep > this.bytes.length / 2) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes.subarray(this.pos, this.end));
      this.bytes = bigger;
    } else {
      this.bytes.copyWithin(0, this.pos, this.end);
    }
    this.pos = 0;
    this.end = keep;
    return this.fill();
  }

  /** Reads until the window is full or the file ends; true when it read anything. */
  private fill(): boolean {
    const read = this.read as ReadInto;
    const before = this.end;
    while (this.end < this.bytes.length) {
      const n = read(this.bytes, this.end, this.bytes.length - this.end);
      if (n <= 0) {
        this.eof = true;
        // Zeros after the end: the score loop reads a few bytes ahead without checking.
        this.bytes.fill(0, this.end);
        break;
      }
      this.end += n;
    }
    return this.end > before;
  }

  /** Counts the line breaks in `bytes[from, to)` (for the place of a syntax error). */
  private countLines(from: number, to: number): void {
    const window = this.bytes.subarray(from, to);
    let p = window.indexOf(0x0a);
    while (p !== -1) {
      this.linesDropped++;
      this.lineStart = this.dropped + from + p + 1;
      p = window.indexOf(0x0a, p + 1);
    }
  }

  private matches(word: string): boolean {
    for (let k = 0; k < word.length; k++) {
      if (this.peek(k) !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  private expect(byte: number, what: string): void {
    if (this.peek(0) !== byte) this.fail(`expected ${what}, found ${this.found()}`);
    this.pos++;
  }

  private skipSpace(): void {
    for (;;) {
      const bytes = this.bytes;
      const end = this.end;
      let p = this.pos;
      while (p < end && isSpace(bytes[p] as number)) p++;
      this.pos = p;
      if (p < end || !this.refill()) return;
    }
  }

  /** The token at the scanner's position, for messages. */
  private found(): string {
    if (this.peek(0) === -1) return 'the end of the file';
    const stop = (c: number): boolean =>
      c === -1 ||
      isSpace(c) ||
      c === COMMA ||
      c === COLON ||
      c === CLOSE_BRACKET ||
      c === CLOSE_BRACE;
    let k = 1;
    while (k < 12 && !stop(this.peek(k))) k++;
    return JSON.stringify(utf8(this.bytes, this.pos, this.pos + k));
  }

  /**
   * Throws a JsonSyntaxError naming the line, the column (in bytes, which is characters in
   * ASCII) and the place in the instance.
   */
  private fail(what: string): never {
    const at = Math.min(this.pos, this.end);
    const lines = this.linesDropped;
    const lineStart = this.lineStart;
    this.countLines(0, at);
    const line = this.linesDropped + 1;
    const column = this.dropped + at - this.lineStart + 1;
    this.linesDropped = lines;
    this.lineStart = lineStart;
    let where = '';
    for (const key of this.path) {
      where += typeof key === 'number' ? `[${key}]` : `${where === '' ? '' : '.'}${key}`;
    }
    const inside = where === '' ? '' : ` (in ${where})`;
    throw new JsonSyntaxError(`${what} at line ${line}, column ${column}${inside}`);
  }
}

/** Sets a member as JSON.parse does: an own property even for "__proto__". */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function grow<T extends Int16Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, 16));
  bigger.set(array);
  return bigger;
}

const decoder = new TextDecoder('utf-8');
const utf8 = (bytes: Uint8Array, start: number, end: number): string =>
  decoder.decode(bytes.subarray(start, end));
/** ASCII-only bytes as text (faster than the UTF-8 decoder for short ids). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let p = start; p < end; p++) s += String.fromCharCode(bytes[p] as number);
  return s;
}

import { describe, expect, it } from 'vitest';
import {
  InstanceError,
  nestedScores,
  parseInstance,
  parseInstanceText,
  type MatchInstance,
} from '../../../electron/core/matching/instance';

/** Mulberry32: a small seeded PRNG, so every case here is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** A random valid instance in nested form (ids with quotes and accents now and then). */
function randomInstance(rand: Rand): Record<string, unknown> {
  const n = Math.floor(rand() * 9);
  const m = Math.floor(rand() * 7);
  const name = (prefix: string, i: number): string =>
    pick(rand, [`${prefix}${i}`, `${prefix}-${i} "é"`, `${prefix}\\${i}\n`, `${prefix}${i}😀`]);
  const mentees = Array.from({ length: n }, (_, i) => ({ id: name('E', i) }));
  const mentors = Array.from({ length: m }, (_, j) => ({
    id: name('M', j),
    capacity: Math.floor(rand() * 3),
  }));
  const scores = mentees.map(() =>
    mentors.map(() => (rand() < 0.2 ? null : Math.floor(rand() * 101))),
  );
  const inst: Record<string, unknown> = { mentees, mentors, scores };
  if (n > 0 && m > 0 && rand() < 0.5) {
    inst.locked = [{ mentee: mentees[0]?.id, mentor: mentors[0]?.id }];
  }
  if (rand() < 0.3) inst.note = { made: 'by hand', list: [1, 2.5, true, null] };
  return inst;
}

/** One random way to break an instance that JSON still accepts. */
function breakInstance(rand: Rand, inst: Record<string, unknown>): void {
  // An earlier break may have left a part that is not a list: a list of nothing to break then.
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  const scores = list<unknown>(inst.scores);
  const mentees = list<unknown>(inst.mentees);
  const mentors = list<Record<string, unknown>>(inst.mentors);
  const row = scores.length > 0 ? Math.floor(rand() * scores.length) : -1;
  const cells = row >= 0 && Array.isArray(scores[row]) ? (scores[row] as unknown[]) : [];
  const col = cells.length > 0 ? Math.floor(rand() * cells.length) : -1;
  switch (Math.floor(rand() * 14)) {
    case 0:
    case 1:
      if (col >= 0) cells[col] = pick(rand, [101, -1, 3.5, 'x', true, [1], {}, 1e300, 500]);
      break;
    case 2:
      if (row >= 0) scores[row] = pick(rand, ['none', {}, null, 7]);
      break;
    case 3:
      if (cells.length > 0) cells.push(50);
      break;
    case 4:
      if (col >= 0) cells.pop();
      break;
    case 5:
      scores.pop();
      break;
    case 6:
      scores.push([1]);
      break;
    case 7:
      if (mentees.length > 1) mentees[1] = { id: (mentees[0] as { id?: unknown }).id };
      break;
    case 8:
      if (mentors.length > 0) mentors[0] = { id: 'M', capacity: pick(rand, [-1, 1.5, 'two']) };
      break;
    case 9:
      if (mentees.length > 0) mentees[0] = pick(rand, [{}, { id: '' }, { id: 4 }, 'E']);
      break;
    case 10:
      inst.locked = pick(rand, [[{ mentee: 'E1' }], 'all', [null]]);
      break;
    case 11:
      inst.scores = pick(rand, ['x', {}, null, undefined]);
      break;
    case 12:
      inst.mentors = pick(rand, ['x', undefined, [{ id: 'M1' }]]);
      break;
    default:
      for (const r of scores) if (Array.isArray(r) && r.length > 0) r[0] = 200;
  }
}

/** JSON text for an instance, laid out one of several ways. */
function layout(rand: Rand, value: unknown): string {
  const text = JSON.stringify(value, null, pick(rand, [undefined, 2, '\t']));
  // Spaces and line breaks around every separator still make the same JSON.
  return rand() < 0.3 ? text.replace(/([,:[\]{}])/g, ' \r\n$1 ') : text;
}

/**
 * What the old path (the file read as UTF-8 text, JSON.parse, then zod on nested rows) makes of a
 * text. Through bytes, as from a file: a lone half of a surrogate pair becomes U+FFFD.
 */
function viaJsonParse(text: string): MatchInstance | string {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'utf8').toString('utf8'));
  } catch {
    return 'not JSON';
  }
  try {
    return parseInstance(json);
  } catch (e) {
    expect(e).toBeInstanceOf(InstanceError);
    return (e as Error).message;
  }
}

/** What the scanner makes of the same text, whole or read a few bytes at a time. */
function viaScanner(
  text: string | ((b: Uint8Array, o: number, l: number) => number),
  window?: number,
): MatchInstance | string {
  try {
    return parseInstanceText(text, { window });
  } catch (e) {
    expect(e).toBeInstanceOf(InstanceError);
    const message = (e as Error).message;
    return message.startsWith('Invalid instance:\n- not valid JSON: ') ? 'not JSON' : message;
  }
}

/** A reader of the text's bytes that hands out at most `most` bytes a call. */
function reader(text: string, most: number): (b: Uint8Array, o: number, l: number) => number {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  return (buffer, offset, length) => {
    const n = Math.min(length, most, bytes.length - at);
    buffer.set(bytes.subarray(at, at + n), offset);
    at += n;
    return n;
  };
}

describe('parseInstanceText (the scanner) against JSON.parse and zod', () => {
  it('gives the same instance for random valid files, laid out any way', () => {
    const rand = prng(1);
    for (let k = 0; k < 300; k++) {
      const text = layout(rand, randomInstance(rand));
      const expected = viaJsonParse(text);
      expect(typeof expected).toBe('object');
      expect(viaScanner(text)).toEqual(expected);
      // Read through a small window a few bytes at a time: tokens cut at every place.
      expect(viaScanner(reader(text, 1 + (k % 7)), 128 + k)).toEqual(expected);
    }
  });

  it('reads scores written as 1e2, 100.0, -0 or 5E1 as JSON.parse does', () => {
    const text =
      '{"mentees":[{"id":"E1"}],"mentors":[{"id":"M1","capacity":1},{"id":"M2","capacity":1},' +
      '{"id":"M3","capacity":1},{"id":"M4","capacity":1}],"scores":[[1e2, 100.0, -0, 5E1]]}';
    const inst = parseInstanceText(text);
    expect(nestedScores(inst)).toEqual([[100, 100, 0, 50]]);
    expect(inst).toEqual(viaJsonParse(text));
  });

  it('takes the members in any order, scores first or last, and the last of a repeated one', () => {
    const text =
      '{"scores":[[7,null]],"scores":[[1,2]],"mentors":[{"id":"M1","capacity":1},' +
      '{"id":"M2","capacity":1}],"mentees":[{"id":"E1"}]}';
    const inst = parseInstanceText(text);
    expect(nestedScores(inst)).toEqual([[1, 2]]);
    expect(inst).toEqual(viaJsonParse(text));
  });

  it('gives the same problems, in the same order, for random broken instances', () => {
    const rand = prng(2);
    let broken = 0;
    for (let k = 0; k < 600; k++) {
      const inst = randomInstance(rand);
      breakInstance(rand, inst);
      if (rand() < 0.5) breakInstance(rand, inst);
      const text = layout(rand, rand() < 0.03 ? [inst] : inst);
      const expected = viaJsonParse(text);
      if (typeof expected === 'string') broken++;
      expect(viaScanner(text)).toEqual(expected);
      expect(viaScanner(reader(text, 5), 128)).toEqual(expected);
    }
    expect(broken).toBeGreaterThan(400);
  });

  it('refuses exactly the texts JSON.parse refuses', () => {
    const rand = prng(3);
    const noise = [
      '',
      ' ',
      ',',
      ']',
      '[',
      '}',
      '{',
      '"',
      ':',
      '0',
      '01',
      '-',
      '.',
      'e',
      'nul',
      'x',
    ];
    for (let k = 0; k < 1500; k++) {
      const text = JSON.stringify(randomInstance(rand));
      const at = Math.floor(rand() * (text.length + 1));
      const cut = rand() < 0.5 ? 1 : 0;
      const mutated = text.slice(0, at) + pick(rand, noise) + text.slice(at + cut);
      expect(viaScanner(mutated)).toEqual(viaJsonParse(mutated));
    }
  });

  it('does not reserve room for counts the file does not hold', () => {
    // 100,000 mentees × 30,000 mentors would be 6 GB of scores: the one row given is read and
    // the wrong shape reported, without reserving that much first.
    const text =
      `{"mentees":${JSON.stringify(Array.from({ length: 100000 }, (_, i) => ({ id: `E${i}` })))},` +
      `"mentors":${JSON.stringify(Array.from({ length: 30000 }, (_, j) => ({ id: `M${j}`, capacity: 1 })))},` +
      '"scores":[[1,2]]}';
    expect(viaScanner(text)).toMatch(/scores: has 1 rows, expected 100000/);
  });

  it('lists the first 1,000 invalid scores and counts the rest, as the nested check does', () => {
    const inst = {
      mentees: Array.from({ length: 600 }, (_, i) => ({ id: `E${i}` })),
      mentors: [
        { id: 'M1', capacity: 1 },
        { id: 'M2', capacity: 1 },
      ],
      scores: Array.from({ length: 600 }, () => [500, -5]),
    };
    const text = JSON.stringify(inst);
    const message = viaScanner(text);
    expect(message).toEqual(viaJsonParse(text));
    expect(message).toMatch(/^Invalid instance \(1001 problems\):/);
  });
});

describe('parseInstanceText names the place of a syntax error', () => {
  /** The one line of the InstanceError for `text`. */
  function syntaxError(text: string): string {
    try {
      parseInstanceText(text);
    } catch (e) {
      expect(e).toBeInstanceOf(InstanceError);
      const message = (e as Error).message;
      expect(message.startsWith('Invalid instance:\n- not valid JSON: ')).toBe(true);
      return message.slice('Invalid instance:\n- not valid JSON: '.length);
    }
    throw new Error('expected an InstanceError');
  }
  const head = '{"mentees":[{"id":"E1"},{"id":"E2"}],"mentors":[{"id":"M1","capacity":1}],';

  it('names the score row and column, the line and the column of the text', () => {
    expect(syntaxError(`${head}"scores":[[1],[x]]}`)).toBe(
      `expected a value, found "x" at line 1, column ${head.length + 16} (in scores[1][0])`,
    );
    expect(syntaxError(`${head}\n"scores": [\n  [1],\n  [2 3]\n]}`)).toBe(
      `expected ',' or ']' after a score, found "3" at line 4, column 6 (in scores[1][0])`,
    );
    expect(syntaxError(`${head}"scores":[[07],[1]]}`)).toMatch(
      /^malformed number "07" at line 1, column \d+ \(in scores\[0\]\[0\]\)$/,
    );
    expect(syntaxError(`${head}"scores":[[1],[2]`)).toBe(
      `expected ',' or ']' after a row of scores, found the end of the file at line 1, ` +
        `column ${head.length + 18} (in scores[1])`,
    );
    expect(syntaxError(`${head}"scores":[[1] [2]]}`)).toMatch(
      /after a row of scores, found "\[2" at line 1, column \d+ \(in scores\[0\]\)$/,
    );
  });

  it('names the place outside the scores too', () => {
    expect(syntaxError('{"mentees":[{"id":"E1}]}')).toMatch(
      /^unterminated text \(a closing '"' is missing\) at line 1, column 25 \(in mentees\[0\]\.id\)$/,
    );
    expect(syntaxError('{"mentees": [')).toBe(
      'expected a value, found the end of the file at line 1, column 14 (in mentees[0])',
    );
    expect(syntaxError('{"mentees": []} x')).toBe(
      'unexpected "x" after the end of the instance at line 1, column 17',
    );
    expect(syntaxError('\ufeff{}')).toMatch(/^the file starts with a byte-order mark/);
    expect(syntaxError('['.repeat(10000))).toMatch(/^nested more than 256 levels deep/);
  });

  it('finds the same place when the file is read piece by piece', () => {
    const text = `${head}\n"scores": [\n${'  [1],\n'.repeat(500)}  [2 3]\n]}`;
    const whole = syntaxError(text);
    expect(whole).toBe(
      `expected ',' or ']' after a score, found "3" at line 503, column 6 (in scores[500][0])`,
    );
    expect(viaScanner(reader(text, 3), 128)).toBe('not JSON');
    try {
      parseInstanceText(reader(text, 3), { window: 128 });
    } catch (e) {
      expect((e as Error).message).toContain(whole);
    }
  });
});

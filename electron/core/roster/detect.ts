import { isAscii } from 'node:buffer';
import type { RosterDelimiter, RosterEncoding } from '../../../shared/domain/roster';

/** What the first bytes say a file is, whatever its name claims. */
export type SniffedContent = 'xlsx' | 'legacy-office' | 'utf-16' | 'binary' | 'text';

/** Enough of a file to judge its content and delimiter without scanning 100,000 rows. */
const SAMPLE_BYTES = 64 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 .xls, and also password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** Control bytes that never appear in a text roster (tab, CR, LF, FF and DOS end-of-file are fine). */
function isStrayControlByte(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f
  );
}

/** NUL bytes, or more than 1 in 200 stray control bytes, mean images, archives or other binaries. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  let controls = 0;
  for (const b of sample) if (isStrayControlByte(b)) controls++;
  return controls > Math.max(4, sample.length / 200);
}

export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'legacy-office';
  if (hasUtf16Bom(bytes)) return 'utf-16';
  return looksBinary(bytes) ? 'binary' : 'text';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * HR systems export UTF-8 (often with a BOM, as Excel writes it) or, on older Windows setups,
 * Windows-1252. A strict UTF-8 decode that succeeds is trusted; anything else is 1252, which
 * decodes every byte, so names like "José" survive either way.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: RosterEncoding } {
  // Plain ASCII (most HR exports) is valid UTF-8 byte for byte: no need to decode it as such.
  if (isAscii(bytes)) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
      encoding: 'utf-8',
    };
  }
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const DELIMITERS: readonly RosterDelimiter[] = [',', ';', '\t'];
const SAMPLE_LINES = 20;

type DelimiterCounts = Record<RosterDelimiter, number>;

/** Delimiter counts per line, ignoring delimiters inside quoted values (which may span lines). */
function countDelimitersPerLine(text: string): DelimiterCounts[] {
  const sample = text.slice(0, SAMPLE_BYTES);
  const lines: DelimiterCounts[] = [];
  let current: DelimiterCounts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let lineHasContent = false;
  for (const ch of sample) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) {
      if (lineHasContent) lines.push(current);
      if (lines.length === SAMPLE_LINES) return lines;
      current = { ',': 0, ';': 0, '\t': 0 };
      lineHasContent = false;
      continue;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) current[ch]++;
    if (ch.trim() !== '') lineHasContent = true;
  }
  // The last line of a cut sample may be partial; keep it only when the sample is the whole file.
  if (lineHasContent && (sample.length === text.length || lines.length === 0)) lines.push(current);
  return lines;
}

/**
 * The delimiter the header uses that splits the most lines into the same number of cells. A
 * semicolon file with decimal commas ("3,5") has steady semicolons and unsteady commas.
 */
export function detectDelimiter(text: string): RosterDelimiter {
  const lines = countDelimitersPerLine(text);
  const header = lines[0];
  if (!header) return ',';
  let best: RosterDelimiter = ',';
  let bestSteady = -1;
  let bestCount = -1;
  for (const d of DELIMITERS) {
    const count = header[d];
    if (count === 0) continue;
    const steady = lines.filter((line) => line[d] === count).length;
    if (steady > bestSteady || (steady === bestSteady && count > bestCount)) {
      best = d;
      bestSteady = steady;
      bestCount = count;
    }
  }
  return best;
}

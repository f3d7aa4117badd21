import { inflateRawSync } from 'node:zlib';
import { ROSTER_LIMITS, tooLarge } from './limits';

/**
 * Checks an XLSX file's zip before exceljs unzips it into memory: the parts it declares, the
 * sizes they declare once unzipped, and that each part really inflates to no more than it
 * declares (a "zip bomb" may declare small sizes and still expand a thousandfold). Throws
 * `too_large` past ROSTER_LIMITS; returns quietly for a zip it cannot make sense of, which
 * exceljs then refuses as unreadable.
 */
export function checkXlsxZip(fileName: string, bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = centralDirectory(view);
  if (!directory) return;
  if (directory.entries > ROSTER_LIMITS.xlsxEntries) {
    throw tooLarge(fileName, 'xlsxEntries', directory.entries);
  }
  const entries: Entry[] = [];
  let declared = 0;
  let at = directory.offset;
  for (let i = 0; i < directory.entries; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    zip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    declared += entry.uncompressed;
    if (declared > ROSTER_LIMITS.xlsxExpandedBytes) {
      throw tooLarge(fileName, 'xlsxExpandedBytes', declared, { atLeast: true });
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  // The declared sizes fit: now hold each part to its word, never inflating past it.
  let actual = 0;
  for (const entry of entries) {
    const data = entryData(view, bytes, entry);
    if (!data) return;
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressed) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw tooLarge(fileName, 'xlsxExpandedBytes', actual + entry.uncompressed + 1, {
            atLeast: true,
          });
        }
        return; // damaged data: exceljs says the workbook cannot be read
      }
    } else return;
    actual += size;
    if (actual > ROSTER_LIMITS.xlsxExpandedBytes) {
      throw tooLarge(fileName, 'xlsxExpandedBytes', actual, { atLeast: true });
    }
  }
}

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/** The end-of-central-directory record (zip64 when the plain one is saturated). */
function centralDirectory(view: DataView): { entries: number; offset: number } | null {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let entries = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    if ((entries === 0xffff || offset === 0xffffffff) && at >= 20) {
      const locator = at - 20;
      if (view.getUint32(locator, true) !== 0x07064b50) return null;
      const record = Number(view.getBigUint64(locator + 8, true));
      if (record + 56 > view.byteLength || view.getUint32(record, true) !== 0x06064b50) {
        return null;
      }
      entries = Number(view.getBigUint64(record + 32, true));
      offset = Number(view.getBigUint64(record + 48, true));
    }
    return offset < view.byteLength ? { entries, offset } : null;
  }
  return null;
}

/** Sizes saturated at 0xFFFFFFFF are in the zip64 extra field (id 1), in this order. */
function zip64Sizes(view: DataView, start: number, length: number, entry: Entry): void {
  if (entry.uncompressed !== 0xffffffff && entry.compressed !== 0xffffffff) return;
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      if (entry.uncompressed === 0xffffffff && field + 8 <= view.byteLength) {
        entry.uncompressed = Number(view.getBigUint64(field, true));
        field += 8;
      }
      if (entry.compressed === 0xffffffff && field + 8 <= view.byteLength) {
        entry.compressed = Number(view.getBigUint64(field, true));
      }
      return;
    }
    at += 4 + size;
  }
}

/** A part's compressed bytes, found through its local header; null when they are not there. */
function entryData(view: DataView, bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressed;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

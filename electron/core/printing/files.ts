import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { TandemError } from '../../../shared/result';

/** A file name anyone can read and every file system takes: no separators, no control characters. */
export function safeFileName(name: string, extension = '.pdf'): string {
  const cleaned = [...name.normalize('NFC')]
    .map((c) => {
      if (/\s/.test(c)) return ' ';
      const code = c.charCodeAt(0);
      return code < 32 || code === 127 || '\\/:*?"<>|'.includes(c) ? '-' : c;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 150)
    .trim();
  const base = cleaned === '' ? 'Tandem document' : cleaned;
  // Names Windows reserves for devices cannot be files there.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)
    ? `${base}_${extension}`
    : `${base}${extension}`;
}

/**
 * mkdir -p one level at a time: Node's recursive mkdirSync never returns for some paths (under
 * /proc, for one), and a print must fail rather than hang.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  let current = resolve(folder);
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing) mkdirSync(dir);
}

/**
 * Makes the folder if needed and proves it can be written to by writing a probe file, so a print
 * is refused before any work (naming the field) rather than failing half-way.
 */
export function ensureWritableFolder(folder: string, field = 'outputFolder'): void {
  const refuse = (reason: string): never => {
    throw new TandemError(
      'invalid_input',
      `${field}: cannot write PDFs to ${folder} (${reason}).`,
      {
        problems: [{ field, value: folder, message: `cannot write here: ${reason}` }],
      },
    );
  };
  try {
    makeFolder(folder);
  } catch (error) {
    refuse(error instanceof Error && 'code' in error ? String(error.code) : 'cannot create it');
  }
  const probe = join(folder, `.tandem-write-check-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(probe, '');
  } catch (error) {
    refuse(error instanceof Error && 'code' in error ? String(error.code) : 'not writable');
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Writes to a temporary name beside the target and renames it into place, so a half-written PDF
 * never carries the real name; on failure the temporary file is removed. A file of the same name
 * (the same document printed before) is replaced.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await writeFile(temp, bytes, { flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

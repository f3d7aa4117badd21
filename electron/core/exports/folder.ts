import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TandemError } from '../../../shared/result';

/** mkdir -p one level at a time (Node's recursive mkdir can hang on some paths, see printing). */
export function makeFolder(folder: string): void {
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
 * A bundle is written to a hidden folder beside the target and renamed into place when whole,
 * so a half-written export never carries the real name. An existing non-empty target is
 * refused: an export never mixes its files with others.
 */
export async function writeFolderAtomically<T>(
  target: string,
  field: string,
  fill: (temp: string) => Promise<T>,
): Promise<T> {
  const folder = resolve(target);
  if (existsSync(folder)) {
    const empty = statSync(folder).isDirectory() && readdirSync(folder).length === 0;
    if (!empty) {
      throw new TandemError(
        'conflict',
        `${field}: ${folder} already exists and is not an empty folder; choose a new folder.`,
        { problems: [{ field, value: folder, message: 'already exists and is not empty' }] },
      );
    }
  }
  makeFolder(dirname(folder));
  const temp = join(dirname(folder), `.${basename(folder)}.${randomBytes(4).toString('hex')}.part`);
  mkdirSync(temp);
  try {
    const result = await fill(temp);
    if (existsSync(folder)) rmSync(folder, { recursive: true });
    renameSync(temp, folder);
    return result;
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

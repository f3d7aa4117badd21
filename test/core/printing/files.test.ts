import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureWritableFolder,
  safeFileName,
  writeFileAtomically,
} from '../../../electron/core/printing/files';
import { tempDir } from '../../helpers/db';

describe('printed file names', () => {
  it('keep the words and drop what file systems refuse', () => {
    expect(safeFileName('Packet 2026-Q3 RES/2026: Ana "Ruiz" and Ben <Ode>')).toBe(
      'Packet 2026-Q3 RES-2026- Ana -Ruiz- and Ben -Ode-.pdf',
    );
    expect(safeFileName('  ..hidden\tname\n. ')).toBe('hidden name.pdf');
    expect(safeFileName('')).toBe('Tandem document.pdf');
    expect(safeFileName('CON')).toBe('CON_.pdf');
    expect(safeFileName('x'.repeat(400)).length).toBe(154);
  });
});

describe('writing a PDF', () => {
  it('puts the whole file under its name, or nothing at all', async () => {
    const dir = tempDir();
    await writeFileAtomically(join(dir, 'a.pdf'), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, 'a.pdf'))]).toEqual([1, 2, 3]);
    // A folder in the way of the name: the rename fails and the temporary file is removed.
    mkdirSync(join(dir, 'b.pdf'));
    await expect(writeFileAtomically(join(dir, 'b.pdf'), new Uint8Array([4]))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('refuses a folder it cannot create, naming the field', () => {
    const dir = tempDir();
    ensureWritableFolder(join(dir, 'new', 'nested'));
    expect(readdirSync(join(dir, 'new', 'nested'))).toEqual([]);
    // Where Node's own recursive mkdir would never return.
    expect(() => ensureWritableFolder('/proc/tandem-nope/sub', 'out')).toThrow(
      /^out: cannot write PDFs/,
    );
    expect(() => ensureWritableFolder(join(dir, 'new', 'nested', '\u0000bad'), 'out')).toThrow(
      /^out: cannot write PDFs/,
    );
  });
});

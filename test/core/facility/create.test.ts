import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorLogPath } from '../../../electron/core/audit/anchors';
import { createContext } from '../../../electron/core/context';
import { createFacility, openFacility } from '../../../electron/core/facility/service';
import { memorySettings } from '../../../electron/core/settings';
import { tempDir, testClock } from '../../helpers/db';

function context(dir: string, demoRosterPath?: string) {
  return createContext({
    settings: memorySettings(),
    userDataDir: dir,
    actor: { name: 'creator' },
    clock: testClock(),
    ...(demoRosterPath ? { demoRosterPath } : {}),
  });
}

describe('creating a facility database', () => {
  it('appears under its name whole, with no temporary file left, its commits anchored', async () => {
    const dir = tempDir();
    const path = join(dir, 'new.sqlite');
    const ctx = context(dir);
    const status = await createFacility(ctx, { path, name: 'North Wing', demo: false });
    expect(status).toMatchObject({ open: true, path, name: 'North Wing' });
    // Finished with a rollback journal before the rename, then opened in WAL mode as usual.
    expect(ctx.db?.pragma('journal_mode', { simple: true })).toBe('wal');
    ctx.db?.close();
    expect(
      readdirSync(dir)
        .filter((n) => n.includes('new.sqlite'))
        .sort(),
    ).toEqual(['new.sqlite']);
    const anchors = readFileSync(anchorLogPath(dir), 'utf8').trim().split('\n');
    expect(anchors).toHaveLength(1);
    expect(JSON.parse(anchors[0] ?? '{}')).toMatchObject({ seq: 1, path });
    const again = context(dir);
    expect(openFacility(again, path).name).toBe('North Wing');
    again.db?.close();
  });

  it('leaves nothing behind when creation fails part way (the demo roster is missing)', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.sqlite');
    const ctx = context(dir, join(dir, 'no-such-roster.csv'));
    await expect(createFacility(ctx, { path, name: 'Demo', demo: true })).rejects.toThrow();
    expect(ctx.db).toBeNull();
    expect(readdirSync(dir).filter((n) => n.includes('demo.sqlite'))).toEqual([]);
  });

  it('refuses a name that is taken and leaves that file alone', async () => {
    const dir = tempDir();
    const path = join(dir, 'taken.sqlite');
    writeFileSync(path, 'somebody else');
    const ctx = context(dir);
    await expect(createFacility(ctx, { path, name: 'X', demo: false })).rejects.toThrow(
      /already exists/,
    );
    expect(readFileSync(path, 'utf8')).toBe('somebody else');
  });
});

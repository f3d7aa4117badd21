import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { TEST_ACTOR, tempDir } from '../helpers/db';

/**
 * The local host runs the database and services in a worker thread; its own thread only serves
 * files and passes calls on. These tests go through real HTTP to a real worker.
 */
let running: RunningHost | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

function staticDir(): string {
  const dir = join(tempDir(), 'renderer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tandem</title>');
  return dir;
}

async function api<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ name, input }),
  });
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/**
 * A new facility with its first administrator signed in (accounts landed beside this work:
 * where the method does not exist yet, the facility needs no sign-in).
 */
async function createFacility(host: RunningHost, path: string): Promise<void> {
  await api(host, 'facility.create', { path, name: 'Worker Test' });
  const response = await fetch(`http://127.0.0.1:${host.port}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({
      name: 'accounts.createFirstAdmin',
      input: { displayName: 'Test Admin', username: 'admin', password: 'worker-test-password' },
    }),
  });
  const result = (await response.json()) as { ok: boolean; error?: { code: string } };
  if (!result.ok) expect(result.error?.code).toBe('unknown_method');
}

/** The sample roster repeated with fresh employee numbers, base64 for the API. */
function generatedRoster(rows: number): string {
  const [header, ...body] = readFileSync(
    resolve('electron/core/demo/watson_healthcare_roster.csv'),
    'utf8',
  )
    .trim()
    .split(/\r?\n/);
  const lines = [header ?? ''];
  for (let i = 0; i < rows; i += 1) {
    const line = body[i % body.length] ?? '';
    lines.push(`${4_000_000 + i}${line.slice(line.indexOf(','))}`);
  }
  return Buffer.from(lines.join('\n')).toString('base64');
}

describe('the local host with its core in a worker thread', () => {
  it('keeps answering on its own thread while a long import runs in the worker', async () => {
    const host = (running = await startHost({
      userDataDir: tempDir(),
      staticDir: staticDir(),
      actor: TEST_ACTOR,
      dailyBackup: false,
    }));
    await createFacility(host, join(tempDir(), 'big.sqlite'));
    const file = { fileName: 'big.csv', contentBase64: generatedRoster(40_000) };
    const { mapping } = await api<{ mapping: unknown }>(host, 'roster.preview', file);

    let committed = false;
    const commit = api<{ new: number }>(host, 'roster.commit', { ...file, mapping }).then(
      (summary) => {
        committed = true;
        return summary;
      },
    );
    // While the worker is busy in the import's write, the page and the job list still load.
    const answered: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      const page = await fetch(`http://127.0.0.1:${host.port}/`);
      expect(page.status).toBe(200);
      const jobs = await fetch(`http://127.0.0.1:${host.port}/api/jobs`, {
        headers: { Authorization: `Bearer ${host.token}` },
      });
      expect(await jobs.json()).toMatchObject({ ok: true });
      if (!committed) answered.push(performance.now() - start);
    }
    expect(committed).toBe(false);
    expect(answered).toHaveLength(5);
    expect((await commit).new).toBe(40_000);
  });

  it("uses the caller's clock, read when each call arrives", async () => {
    let now = new Date('2031-02-03T10:00:00.000Z');
    const dir = tempDir();
    const host = (running = await startHost({
      userDataDir: dir,
      staticDir: staticDir(),
      actor: TEST_ACTOR,
      clock: { now: () => new Date(now) },
      dailyBackup: false,
    }));
    await createFacility(host, join(dir, 'clock.sqlite'));
    const first = await api<{ path: string }>(host, 'backup.create', {});
    expect(first.path).toContain('2031-02-03');
    now = new Date('2032-07-08T10:00:00.000Z');
    const second = await api<{ path: string }>(host, 'backup.create', {});
    expect(second.path).toContain('2032-07-08');
  });

  it('refuses to start on a database it cannot open, with the reason', async () => {
    const bad = join(tempDir(), 'not-a-db.sqlite');
    writeFileSync(bad, 'this is not SQLite');
    await expect(
      startHost({ userDataDir: tempDir(), staticDir: staticDir(), dbPath: bad }),
    ).rejects.toThrow(/not-a-db\.sqlite|SQLite/i);
  });

  it('lists no jobs when idle and refuses to cancel one that is not running', async () => {
    const host = (running = await startHost({
      userDataDir: tempDir(),
      staticDir: staticDir(),
      dailyBackup: false,
    }));
    const auth = { Authorization: `Bearer ${host.token}` };
    const jobs = await fetch(`http://127.0.0.1:${host.port}/api/jobs`, { headers: auth });
    expect(await jobs.json()).toEqual({ ok: true, value: [] });
    const cancel = await fetch(`http://127.0.0.1:${host.port}/api/jobs/cancel`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 7 }),
    });
    expect(cancel.status).toBe(404);
    const noToken = await fetch(`http://127.0.0.1:${host.port}/api/jobs`);
    expect(noToken.status).toBe(401);
  });
});

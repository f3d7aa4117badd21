import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { TEST_ACTOR, tempDir } from '../helpers/db';

/**
 * Long jobs on the local host: a roster import reports its progress (GET /api/jobs, answered on
 * the host's own thread while the worker writes) and stops on Cancel (POST /api/jobs/cancel,
 * through the shared flag the busy worker reads), keeping nothing.
 */
let running: RunningHost | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

interface Job {
  id: number;
  method: string;
  done: number;
  total: number;
  label: string;
  cancelling: boolean;
}

async function start(): Promise<RunningHost> {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  running = await startHost({
    userDataDir: tempDir(),
    staticDir,
    actor: TEST_ACTOR,
    dailyBackup: false,
  });
  return running;
}

function post(host: RunningHost, path: string, body: unknown): Promise<Response> {
  return fetch(`http://127.0.0.1:${host.port}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(body),
  });
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

async function call<T>(host: RunningHost, name: string, input: unknown): Promise<Answer<T>> {
  return (await (await post(host, '/api/call', { name, input })).json()) as Answer<T>;
}

async function jobs(host: RunningHost): Promise<Job[]> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/jobs`, {
    headers: { Authorization: `Bearer ${host.token}` },
  });
  const body = (await response.json()) as Answer<Job[]>;
  if (!body.ok) throw new Error(body.error.message);
  return body.value;
}

/** A facility with its first administrator signed in (where accounts exist). */
async function createFacility(host: RunningHost): Promise<void> {
  const made = await call(host, 'facility.create', {
    path: join(tempDir(), 'jobs.sqlite'),
    name: 'Jobs Test',
  });
  expect(made.ok).toBe(true);
  const admin = await call(host, 'accounts.createFirstAdmin', {
    displayName: 'Test Admin',
    username: 'admin',
    password: 'jobs-test-password',
  });
  if (!admin.ok) expect(admin.error.code).toBe('unknown_method');
}

function roster(rows: number): string {
  const [header, ...body] = readFileSync(
    resolve('electron/core/demo/watson_healthcare_roster.csv'),
    'utf8',
  )
    .trim()
    .split(/\r?\n/);
  const lines = [header ?? ''];
  for (let i = 0; i < rows; i += 1) {
    const line = body[i % body.length] ?? '';
    lines.push(`${6_000_000 + i}${line.slice(line.indexOf(','))}`);
  }
  return Buffer.from(lines.join('\n')).toString('base64');
}

async function staffCount(host: RunningHost): Promise<number> {
  const page = await call<{ total: number }>(host, 'people.list', {});
  if (!page.ok) throw new Error(page.error.message);
  return page.value.total;
}

/** Polls the job list until `until` holds for a roster.commit job, or fails after 60 s. */
async function waitForJob(host: RunningHost, until: (job: Job) => boolean): Promise<Job> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const job = (await jobs(host)).find((j) => j.method === 'roster.commit');
    if (job && until(job)) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('no roster.commit job showed progress');
}

describe('long jobs on the local host', () => {
  it('reports an import commit as it writes, and lists nothing once it is done', async () => {
    const host = await start();
    await createFacility(host);
    const file = { fileName: 'jobs.csv', contentBase64: roster(30_000) };
    const preview = await call<{ mapping: unknown }>(host, 'roster.preview', file);
    if (!preview.ok) throw new Error(preview.error.message);
    const commit = call<{ new: number }>(host, 'roster.commit', {
      ...file,
      mapping: preview.value.mapping,
    });
    const seen = await waitForJob(host, (job) => job.done > 0 && job.done < job.total);
    expect(seen).toMatchObject({ total: 30_000, cancelling: false });
    expect(seen.label).toBe('Writing staff records');
    const done = await commit;
    expect(done).toMatchObject({ ok: true, value: { new: 30_000 } });
    expect(await jobs(host)).toEqual([]);
  });

  it('cancels an import mid-write: the call ends "cancelled" and no staff member is kept', async () => {
    const host = await start();
    await createFacility(host);
    const file = { fileName: 'cancel.csv', contentBase64: roster(30_000) };
    const preview = await call<{ mapping: unknown }>(host, 'roster.preview', file);
    if (!preview.ok) throw new Error(preview.error.message);
    const commit = call(host, 'roster.commit', { ...file, mapping: preview.value.mapping });
    const job = await waitForJob(host, (j) => j.done > 0);
    const cancel = await post(host, '/api/jobs/cancel', { id: job.id });
    expect(cancel.status).toBe(200);
    const result = await commit;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await staffCount(host)).toBe(0);
    // The next import is not cancelled by the flag left behind.
    const again = await call<{ new: number }>(host, 'roster.commit', {
      fileName: 'small.csv',
      contentBase64: roster(50),
      mapping: preview.value.mapping,
    });
    expect(again).toMatchObject({ ok: true, value: { new: 50 } });
  });

  it('refuses a cancel without a job id', async () => {
    const host = await start();
    const response = await post(host, '/api/jobs/cancel', { id: 'all' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

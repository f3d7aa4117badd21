import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from '../../electron/host/server';

/**
 * The long-job overlay (renderer/src/components/JobProgress.tsx): while a roster import writes
 * in the host's worker, the page shows its progress and a Cancel that stops it, keeping nothing.
 */
let host: RunningHost;
let userDataDir: string;

type Answer =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function call(name: string, input: unknown): Promise<Answer> {
  const response = await fetch(new URL('/api/call', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ name, input }),
  });
  return (await response.json()) as Answer;
}

async function roster(rows: number): Promise<string> {
  const [header, ...body] = (
    await readFile(resolve('electron/core/demo/watson_healthcare_roster.csv'), 'utf8')
  )
    .trim()
    .split(/\r?\n/);
  const lines = [header ?? ''];
  for (let i = 0; i < rows; i += 1) {
    const line = body[i % body.length] ?? '';
    lines.push(`${7_000_000 + i}${line.slice(line.indexOf(','))}`);
  }
  return Buffer.from(lines.join('\n')).toString('base64');
}

test.beforeAll(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-jobs-'));
  host = await startHost({
    userDataDir,
    staticDir: resolve(process.env.TANDEM_RENDERER_DIR ?? 'dist/renderer'),
    dailyBackup: false,
  });
  const made = await call('facility.create', {
    path: join(userDataDir, 'facility.sqlite'),
    name: 'Jobs Hospital',
  });
  expect(made.ok).toBe(true);
  // Accounts landed beside this work: where they exist, the first administrator signs in.
  const admin = await call('accounts.createFirstAdmin', {
    displayName: 'Test Admin',
    username: 'admin',
    password: 'e2e-jobs-password',
  });
  if (!admin.ok) expect(admin.error.code).toBe('unknown_method');
});

test.afterAll(async () => {
  await host.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('a long import shows its progress over the page and Cancel stops it, keeping nothing', async ({
  page,
}) => {
  await page.goto(host.url);
  const file = { fileName: 'big.csv', contentBase64: await roster(100_000) };
  const preview = await call('roster.preview', file);
  if (!preview.ok) throw new Error(preview.error.message);
  const { mapping } = preview.value as { mapping: unknown };
  const commit = call('roster.commit', { ...file, mapping });

  const dialog = page.getByRole('dialog', { name: 'Importing the roster' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Importing the roster' })).toBeVisible();
  await expect(dialog.getByText('Writing staff records')).toBeVisible();
  await expect(dialog.getByText(/^[\d,]+ of 100,000 \(\d+%\)$/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const result = await commit;
  expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  await expect(dialog).toBeHidden();
  const people = await call('people.list', {});
  expect(people).toMatchObject({ ok: true, value: { total: 0 } });
});

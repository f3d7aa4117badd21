import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCoreWorker } from '../../../electron/core/worker/client';
import { tempDir } from '../../helpers/db';

/**
 * The parent's side of the core's worker (electron/core/worker/client.ts) against a stand-in
 * worker speaking the same protocol, which can be told to die the way a worker whose heap a
 * hostile file exhausted dies. The real core behind it is covered by test/host/*.
 */
function standInWorker(): string {
  const file = join(tempDir(), 'stand-in-worker.mjs');
  writeFileSync(
    file,
    `import { parentPort, threadId } from 'node:worker_threads';
     parentPort.on('message', (message) => {
       if (message.type === 'init') parentPort.postMessage({ type: 'ready', startError: null });
       if (message.type === 'close') parentPort.postMessage({ type: 'closed' });
       if (message.type !== 'call') return;
       if (message.name === 'crash') process.exit(3);
       parentPort.postMessage({ type: 'result', id: message.id, result: { ok: true, value: threadId } });
     });`,
  );
  return file;
}

async function start() {
  return startCoreWorker({
    entry: standInWorker(),
    userDataDir: tempDir(),
    printer: 'none',
    dailyBackup: false,
  });
}

describe('the core worker client', () => {
  it('starts the core again when its worker dies, failing only the call in flight', async () => {
    const core = await start();
    const first = await core.call('hello', {});
    expect(first.ok).toBe(true);
    const crashed = await core.call('crash', {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!crashed.ok) expect(crashed.error.message).toContain('was started again');
    const after = await core.call('hello', {});
    expect(after.ok).toBe(true);
    // A new worker thread answers.
    if (first.ok && after.ok) expect(after.value).not.toBe(first.value);
    await core.close();
  });

  it('stays down after crashing again and again, saying so', async () => {
    const core = await start();
    for (let i = 0; i < 3; i += 1) await core.call('crash', {});
    const last = await core.call('crash', {});
    expect(last).toMatchObject({ ok: false });
    if (!last.ok) expect(last.error.message).toContain('Restart Tandem');
    const later = await core.call('hello', {});
    expect(later).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!later.ok) expect(later.error.message).toMatch(/has stopped/);
    await core.close();
  });
});

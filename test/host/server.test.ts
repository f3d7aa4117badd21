import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopback, startHost, type RunningHost } from '../../electron/host/server';
import { TEST_ACTOR, tempDir } from '../helpers/db';

let running: RunningHost | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(): Promise<RunningHost> {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  running = await startHost({ userDataDir: tempDir(), staticDir, actor: TEST_ACTOR });
  return running;
}

function call(host: RunningHost, name: string, input: unknown, token: string | null = host.token) {
  return fetch(`http://127.0.0.1:${host.port}/api/call`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ name, input }),
  });
}

describe('the local host', () => {
  it('listens on loopback only and refuses any other address', async () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    for (const host of ['0.0.0.0', '192.168.1.20', '10.0.0.1', '::', 'example.org']) {
      expect(isLoopback(host)).toBe(false);
      await expect(
        startHost({ userDataDir: tempDir(), staticDir: tempDir(), host }),
      ).rejects.toThrow(/only listens on this workstation/);
    }
  });

  it('prints a URL with a random token and serves the renderer', async () => {
    const host = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
    const page = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<title>Tandem</title>');
    expect((await fetch(`http://127.0.0.1:${host.port}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('answers API calls that carry the token, through the same router as IPC', async () => {
    const host = await start();
    const res = await call(host, 'facility.create', {
      path: join(tempDir(), 'f.sqlite'),
      name: 'Host Test',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { open: true, name: 'Host Test', actor: TEST_ACTOR.name },
    });
  });

  it('with the token, still needs a signed-in account for anything but first run and sign-in', async () => {
    const host = await start();
    await call(host, 'facility.create', { path: join(tempDir(), 'f.sqlite'), name: 'Host Test' });
    const signedOut = await (await call(host, 'people.list', {})).json();
    expect(signedOut).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const admin = { displayName: 'Ana Ruiz', username: 'aruiz', password: 'correct horse 1' };
    const first = await (await call(host, 'accounts.createFirstAdmin', admin)).json();
    expect(first).toMatchObject({
      ok: true,
      value: { user: { username: 'aruiz', role: 'admin' } },
    });
    expect(await (await call(host, 'people.list', {})).json()).toMatchObject({ ok: true });
    await call(host, 'accounts.signOut', {});
    const wrong = { username: 'aruiz', password: 'wrong horse 1' };
    expect(await (await call(host, 'accounts.signIn', wrong)).json()).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: 'Wrong username or password.' },
    });
    expect(await (await call(host, 'people.list', {})).json()).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: 'Sign in first.' },
    });
  });

  it('refuses calls without the right token with 401 and changes nothing', async () => {
    const host = await start();
    const path = join(tempDir(), 'nope.sqlite');
    for (const token of [null, 'wrong', `${host.token}x`]) {
      const res = await call(host, 'facility.create', { path, name: 'Intruder' }, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const status = await (await call(host, 'facility.status', {})).json();
    expect(status).toMatchObject({ ok: true, value: { open: false } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const host = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/call',
          method: 'POST',
          headers: { Host: 'evil.example:80', Authorization: `Bearer ${host.token}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end(JSON.stringify({ name: 'facility.status', input: {} }));
    });
    expect(status).toBe(403);
  });
});

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL } from '../../electron/window-options';
import { CANCEL_CHANNEL, IPC_CHANNEL } from '../../electron/ipc-channel';
import { tempDir } from '../helpers/db';

/**
 * The built Electron bundles (node scripts/build-electron.mjs), run in plain Node against a
 * recording stand-in for the `electron` module (test/electron/stand-in.cjs): what the shipped
 * code asks Electron for is what the security checklist says.
 */
const root = join(import.meta.dirname, '..', '..');
const standIn = join(import.meta.dirname, 'stand-in.cjs');

interface Recording {
  calls: { path: string; args: unknown[] }[];
  requires: string[];
}

function runBundle(bundle: string): Recording {
  const app = tempDir();
  // main.cjs refuses to start without the SQLite module built for Electron; Node's will do.
  mkdirSync(join(app, '.electron-native'));
  copyFileSync(
    join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    join(app, '.electron-native', 'better_sqlite3.node'),
  );
  const out = execFileSync(process.execPath, ['-r', standIn, join(root, 'dist-electron', bundle)], {
    cwd: app,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, TANDEM_STAND_IN_APP: app, VITE_DEV_SERVER_URL: '' },
  });
  const last = out.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as Recording;
}

const argsOf = (r: Recording, path: string) =>
  r.calls.filter((c) => c.path === path).map((c) => c.args);

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { cwd: root });
}, 120_000);

describe('the built main bundle', () => {
  it('creates its window with the checked options, registers the protocol and the IPC handler', () => {
    const r = runBundle('main.cjs');
    expect(argsOf(r, 'dialog.showErrorBox')).toEqual([]);
    expect(argsOf(r, 'app.enableSandbox')).toHaveLength(1);
    const windows = argsOf(r, 'new BrowserWindow');
    expect(windows).toHaveLength(1);
    const options = windows[0]?.[0] as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(argsOf(r, 'BrowserWindow.loadURL')).toEqual([[APP_START_URL]]);

    expect(argsOf(r, 'protocol.registerSchemesAsPrivileged')).toEqual([
      [[{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]],
    ]);
    expect(argsOf(r, 'protocol.handle')).toEqual([[APP_SCHEME, '[function]']]);
    expect(argsOf(r, 'ipcMain.handle').map((a) => a[0])).toContain(IPC_CHANNEL);
    for (const handler of [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'webRequest.onBeforeRequest',
    ]) {
      expect(argsOf(r, `session.defaultSession.${handler}`), handler).toHaveLength(1);
    }
    expect(argsOf(r, 'app.on').map((a) => a[0])).toContain('web-contents-created');
  }, 60_000);

  it('runs the core in a utility process and forwards a trusted call to it', () => {
    const r = runBundle('main.cjs');
    const forks = argsOf(r, 'utilityProcess.fork');
    expect(forks).toHaveLength(1);
    expect(String(forks[0]?.[0])).toMatch(/dist-electron[\\/]core-process\.cjs$/);
    // No database in the window's process: main.cjs never loads SQLite or the API router.
    expect(r.requires).not.toContain('better-sqlite3');
    // The page's call went main → utility process → worker thread and came back.
    expect(argsOf(r, 'ipc.error')).toEqual([]);
    expect(argsOf(r, 'ipc.answer')).toEqual([
      [expect.objectContaining({ ok: true, value: expect.objectContaining({ open: false }) })],
    ]);
    expect(argsOf(r, 'ipc.untrusted')).toEqual([
      [{ ok: false, error: expect.objectContaining({ code: 'unauthorized' }) }],
    ]);
    expect(argsOf(r, 'ipcMain.handle').map((a) => a[0])).toEqual([IPC_CHANNEL, CANCEL_CHANNEL]);
  }, 60_000);
});

describe('the built preload bundle', () => {
  it('requires nothing but electron and exposes only the API bridge, the menu and jobs', () => {
    const r = runBundle('preload.cjs');
    expect(r.requires).toEqual(['electron']);
    expect(argsOf(r, 'contextBridge.exposeInMainWorld').map((a) => a[0])).toEqual([
      'tandem',
      'tandemMenu',
      'tandemJobs',
    ]);
  }, 60_000);
});

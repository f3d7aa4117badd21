import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../electron/ipc-channel';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  CONTENT_SECURITY_POLICY,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  PERMISSION_GRANTED,
  answerPermissionCheck,
  answerPermissionRequest,
  createWindowOptions,
  developmentContentSecurityPolicy,
  fitBounds,
  isAllowedNavigation,
  isTrustedSender,
  mimeTypeFor,
  parseDevServerUrl,
  resolveRendererFile,
  responseSecurityHeaders,
} from '../../electron/window-options';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const source = (path: string) => readFileSync(join(repo, path), 'utf8');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('BrowserWindow options', () => {
  const options = createWindowOptions({
    preload: '/app/dist-electron/preload.cjs',
    bounds: { width: 1280, height: 800 },
    devTools: false,
  });
  const prefs = options.webPreferences;

  it('isolates and sandboxes the renderer with no Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on, refuses insecure content, webviews and experimental features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('uses the bundled preload, no spellcheck download, and the minimum size', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(640);
    expect(MIN_WINDOW_WIDTH).toBe(1024);
    expect(MIN_WINDOW_HEIGHT).toBe(640);
    expect(options.show).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows only the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('has no unsafe keywords and no remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/,
    );
    for (const [name, values] of policy) {
      for (const value of values) {
        const keyword = value === "'self'" || value === "'none'";
        const dataImage = name === 'img-src' && value === 'data:';
        expect(keyword || dataImage, `${name} ${value}`).toBe(true);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|blob:|filesystem:/);
  });

  it('is sent with every app response, with nosniff', () => {
    const headers = responseSecurityHeaders();
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('relaxes only in development, only for the local dev server', () => {
    const dev = developmentContentSecurityPolicy(new URL('http://localhost:5173/'));
    expect(dev).not.toBe(CONTENT_SECURITY_POLICY);
    expect(directives(dev).get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev).not.toMatch(/unsafe-eval/);
  });
});

describe('app protocol', () => {
  it('is a standard secure scheme that does not bypass the CSP or open CORS', () => {
    expect(APP_SCHEME).toBe('tandem');
    expect(APP_START_URL).toBe('tandem://app/');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
  });

  it('serves files inside the renderer folder only', () => {
    const root = resolve('/srv/tandem/dist/renderer');
    expect(resolveRendererFile(root, 'tandem://app/')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, 'tandem://app/index.html#/people')).toBe(
      join(root, 'index.html'),
    );
    expect(resolveRendererFile(root, 'tandem://app/assets/index-abc123.js')).toBe(
      join(root, 'assets', 'index-abc123.js'),
    );
    for (const attack of [
      'tandem://app/..%2f..%2fetc%2fpasswd',
      'tandem://app/%2e%2e%2f%2e%2e%2fsecret',
      'tandem://app/assets/..%2f..%2f..%2fsecret',
      'tandem://app/..%5c..%5csecret',
      'tandem://app/a%00.js',
      'tandem://app/%E0%A4%A',
      'tandem://other/index.html',
      'tandem://user@app/index.html',
      'file:///etc/passwd',
      'https://example.org/index.html',
    ]) {
      expect(resolveRendererFile(root, attack), attack).toBeNull();
    }
    // Dot segments the URL parser resolves itself stay inside the root.
    const normalised = resolveRendererFile(root, 'tandem://app/../../etc/passwd');
    expect(normalised === null || normalised.startsWith(root)).toBe(true);
  });

  it('labels what it serves', () => {
    expect(mimeTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('/x/a.css')).toMatch(/^text\/css/);
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('navigation and IPC senders', () => {
  const refused = [
    'https://example.org/',
    'http://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/',
    'tandem://evil/',
    'tandem://app.evil.org/',
    'tandem://user:password@app/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ];

  it('allows only the app origin', () => {
    expect(isAllowedNavigation('tandem://app/')).toBe(true);
    expect(isAllowedNavigation('tandem://app/index.html#/programs/3')).toBe(true);
    for (const url of refused) expect(isAllowedNavigation(url), url).toBe(false);
  });

  it('allows the dev server only when one is given', () => {
    const dev = parseDevServerUrl('http://localhost:5173');
    expect(dev).not.toBeNull();
    expect(isAllowedNavigation('http://localhost:5173/#/people', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('https://example.org/', dev)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', dev)).toBe(false);
  });

  it('accepts only a loopback dev server URL', () => {
    expect(parseDevServerUrl(undefined)).toBeNull();
    expect(parseDevServerUrl('')).toBeNull();
    expect(parseDevServerUrl('https://example.org:5173')).toBeNull();
    expect(parseDevServerUrl('http://192.168.1.20:5173')).toBeNull();
    expect(parseDevServerUrl('file:///tmp/index.html')).toBeNull();
    expect(parseDevServerUrl('http://127.0.0.1:5173/')?.host).toBe('127.0.0.1:5173');
  });

  it('trusts IPC only from the app origin', () => {
    expect(isTrustedSender('tandem://app/')).toBe(true);
    expect(isTrustedSender('tandem://app/index.html#/audit')).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    for (const url of refused) expect(isTrustedSender(url), url).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every request and check', () => {
    expect(PERMISSION_GRANTED).toBe(false);
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'usb']) {
      answerPermissionRequest({}, permission, callback);
    }
    expect(callback).toHaveBeenCalledTimes(5);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(answerPermissionCheck()).toBe(false);
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('restores bounds that fit the screen', () => {
    expect(fitBounds({ x: 100, y: 50, width: 1300, height: 900 }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1300,
      height: 900,
    });
  });

  it('drops a position on a screen that is gone, and enforces the minimum size', () => {
    expect(fitBounds({ x: 3000, y: 200, width: 500, height: 300 }, screen)).toEqual({
      width: 1024,
      height: 640,
    });
    expect(fitBounds(undefined, screen)).toEqual({ width: 1280, height: 800 });
  });
});

describe('preload', () => {
  const preload = source('electron/preload.ts');

  it('exposes one call function, a menu listener and job progress, never ipcRenderer itself', () => {
    expect(preload).not.toContain("exposeInMainWorld('ipcRenderer'");
    expect(preload).not.toContain('exposeInMainWorld("ipcRenderer"');
    expect(preload).toContain("contextBridge.exposeInMainWorld('tandem', bridge)");
    expect(preload).toContain("contextBridge.exposeInMainWorld('tandemJobs', jobs)");
    // Apart from its import, ipcRenderer only invokes the call and cancel channels and listens
    // (and stops listening) on the menu and job channels, whose event objects never reach the
    // page: only a known command or a checked job event crosses over.
    const code = preload
      .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
      .replace(/import\s*\{[^}]*\}\s*from\s*'electron';/, '');
    const uses = code.match(/\bipcRenderer\b/g) ?? [];
    const invokes = code.match(/\bipcRenderer\.invoke\(\s*(IPC|CANCEL)_CHANNEL\s*,/g) ?? [];
    const listens =
      code.match(/\bipcRenderer\.(on|removeListener)\(\s*(MENU|JOB)_CHANNEL\s*,/g) ?? [];
    expect(uses.length).toBe(6);
    expect(invokes.length).toBe(2);
    expect(listens.length).toBe(4);
    expect(code).toContain('if (isMenuCommand(command)) listener(command);');
    expect(code).toContain('if (isJobEvent(job)) listener({ ...job });');
    expect(code).not.toMatch(/ipcRenderer\s*[,}]/);
    expect(code).not.toMatch(/\bipcRenderer\.(send|sendSync|postMessage)\b/);
  });

  it('shares the channel name with the main process', () => {
    expect(IPC_CHANNEL).toBe('tandem:call');
    expect(source('electron/ipc.ts')).toMatch(/ipcMain\.handle\(\s*IPC_CHANNEL\s*,/);
    expect(source('electron/preload.ts')).toMatch(/from '\.\/ipc-channel'/);
  });
});

describe('main process wiring', () => {
  const main = source('electron/main.ts');

  it('denies new windows, webviews, permissions and stray navigation', () => {
    expect(main).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(main).toContain("'will-attach-webview'");
    expect(main).toContain("'will-navigate'");
    expect(main).toContain("'will-redirect'");
    expect(main).toContain('setPermissionRequestHandler(answerPermissionRequest)');
    expect(main).toContain('setPermissionCheckHandler(answerPermissionCheck)');
    expect(main).toContain('requestSingleInstanceLock()');
    expect(main).toContain('app.enableSandbox()');
  });

  it('never loads the renderer from file:', () => {
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
});

interface BuilderValidation {
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
}

describe('electron-builder.yml', () => {
  // js-yaml and app-builder-lib come with electron-builder itself.
  const require = createRequire(join(repo, 'package.json'));
  const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
  const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
  const config = yaml.load(source('electron-builder.yml')) as Record<string, unknown>;

  it('is valid electron-builder configuration', async () => {
    const appBuilderLib = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
    const { validateConfiguration } = appBuilderLib(
      './out/util/config/config.js',
    ) as BuilderValidation;
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('packages the app, the native module and the demo roster', () => {
    expect(config.appId).toBe('org.tandem.app');
    expect(config.productName).toBe('Tandem');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json']);
    expect(config.extraResources).toEqual([
      { from: '.electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' },
      {
        from: 'electron/core/demo/watson_healthcare_roster.csv',
        to: 'demo/watson_healthcare_roster.csv',
      },
    ]);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*']);
    expect(config.npmRebuild).toBe(false);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('targets Windows NSIS, macOS DMG, Linux AppImage and deb', () => {
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
    expect(config.linux).toMatchObject({
      target: ['AppImage', 'deb'],
      category: 'Office;Education',
    });
  });
});

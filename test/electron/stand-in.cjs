/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with `node -r` into CommonJS bundles: require is the only way in */
// A recording stand-in for the `electron` module (the Electron binary cannot be downloaded
// here). Loaded with `node -r` before a built bundle: every require('electron') gets this
// object; what the bundle asks of it is written as JSON to stdout when the process ends.
// Usage: TANDEM_STAND_IN_APP=<folder> node -r ./stand-in.cjs <bundle>
const Module = require('node:module');
const { join } = require('node:path');

const appPath = process.env.TANDEM_STAND_IN_APP;
const calls = [];
const requires = [];
const plain = (value) =>
  JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === 'function' ? '[function]' : v)) ?? 'null',
  );
const record = (path, args) => calls.push({ path, args: plain(args) });

/** Anything not modelled below: records the call and returns another recorder. */
function recorder(path) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => path;
      return recorder(`${path}.${String(key)}`);
    },
    apply(_t, _this, args) {
      record(path, args);
      return recorder(`${path}()`);
    },
    construct(_t, args) {
      record(`new ${path}`, args);
      return recorder(`${path}#instance`);
    },
  });
}

function withRecorder(path, known) {
  return new Proxy(known, {
    get(t, key) {
      if (key in t) return t[key];
      if (key === 'then') return undefined;
      return recorder(`${path}.${String(key)}`);
    },
  });
}

const events = (path) => (name, listener) => record(`${path}.on`, [name, listener]);

const app = withRecorder('app', {
  isPackaged: false,
  getAppPath: () => appPath,
  getPath: (name) => join(appPath, 'user-data', name),
  getVersion: () => '0.1.0',
  getName: () => 'Tandem',
  getLocale: () => 'en-US',
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => true,
  enableSandbox: () => record('app.enableSandbox', []),
  on: events('app'),
  once: events('app'),
  quit: () => record('app.quit', []),
  exit: (code) => record('app.exit', [code]),
});

class BrowserWindow {
  constructor(options) {
    record('new BrowserWindow', [options]);
    this.webContents = recorder('webContents');
    return withRecorder('BrowserWindow#instance', this);
  }
  once(name, listener) {
    record('BrowserWindow.once', [name, listener]);
  }
  on(name, listener) {
    record('BrowserWindow.on', [name, listener]);
  }
  loadURL(url) {
    record('BrowserWindow.loadURL', [url]);
    // Start-up is over once the window loads its page: end the run (electron-store and the
    // app's listeners would otherwise keep a real app alive).
    setTimeout(() => process.exit(0), 200);
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
}
BrowserWindow.getAllWindows = () => [];

const electron = withRecorder('electron', {
  app,
  BrowserWindow,
  screen: withRecorder('screen', {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  }),
  protocol: recorder('protocol'),
  ipcMain: recorder('ipcMain'),
  ipcRenderer: recorder('ipcRenderer'),
  contextBridge: recorder('contextBridge'),
  session: { defaultSession: recorder('session.defaultSession') },
  dialog: recorder('dialog'),
  Menu: recorder('Menu'),
});

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest);
};
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };

// Every module the bundle itself requires (not what its dependencies require in turn).
const bundle = require('node:path').resolve(process.argv[1] ?? '');
const load = Module.prototype.require;
Module.prototype.require = function (id) {
  if (this.filename === bundle) requires.push(id);
  return load.call(this, id);
};

process.on('exit', () => {
  process.stdout.write(`${JSON.stringify({ calls, requires })}\n`);
});

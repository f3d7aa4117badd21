/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with `node -r` into CommonJS bundles: require is the only way in */
// A recording stand-in for the `electron` module (the Electron binary cannot be downloaded
// here). Loaded with `node -r` before a built bundle: every require('electron') gets this
// object; what the bundle asks of it is written as JSON to stdout when the process ends.
// Usage: TANDEM_STAND_IN_APP=<folder> node -r ./stand-in.cjs <bundle>
//
// `utilityProcess.fork` starts the real bundle in a child Node process (loaded with this file
// too, as TANDEM_STAND_IN_UTILITY=1), where `process.parentPort` is modelled over Node's IPC
// channel: the main bundle really talks to the core. Once the window loads its page, the
// stand-in calls the registered IPC handler the way the page would (facility.status) and
// records the answer as `ipc.answer` before ending the run.
const Module = require('node:module');
const { join } = require('node:path');
const { EventEmitter } = require('node:events');

if (process.env.TANDEM_STAND_IN_UTILITY === '1') {
  // In the utility process: Electron's parentPort, as the core-process bundle uses it.
  process.parentPort = {
    on: (name, listener) => {
      if (name === 'message') process.on('message', (data) => listener({ data }));
    },
    postMessage: (message) => process.send(message),
  };
  // The parent ends this process when its run is over.
  return;
}

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

/** Handlers registered with ipcMain.handle, by channel, so the run can call one. */
const handlers = new Map();
const ipcMain = withRecorder('ipcMain', {
  handle: (channel, listener) => {
    record('ipcMain.handle', [channel, listener]);
    handlers.set(channel, listener);
  },
  removeHandler: (channel) => handlers.delete(channel),
  removeAllListeners: (channel) => record('ipcMain.removeAllListeners', [channel]),
});

/** Utility processes forked by the bundle: real child processes running the given module. */
const children = [];
const utilityProcess = {
  fork: (modulePath, args, options) => {
    record('utilityProcess.fork', [modulePath, args, options]);
    const child = require('node:child_process').fork(modulePath, args ?? [], {
      execArgv: ['-r', __filename],
      env: { ...process.env, TANDEM_STAND_IN_UTILITY: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    children.push(child);
    const proxy = new EventEmitter();
    child.on('spawn', () => proxy.emit('spawn'));
    child.on('message', (message) => proxy.emit('message', message));
    child.on('exit', (code) => proxy.emit('exit', code ?? 0));
    proxy.postMessage = (message) => child.send(message);
    proxy.kill = () => child.kill();
    return proxy;
  },
};

/** The page's first call, made through the registered IPC handler with a trusted sender. */
async function callFromPage(url) {
  const handler = handlers.get('tandem:call');
  if (!handler) return;
  const event = { senderFrame: { parent: null, url } };
  const answer = await handler(event, 'facility.status', {});
  record('ipc.answer', [answer]);
  const refused = await handler(
    { senderFrame: { parent: null, url: 'https://evil.example/' } },
    'facility.status',
    {},
  );
  record('ipc.untrusted', [refused]);
}

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
    // Start-up is over once the window loads its page: one call as the page would make, then
    // end the run (electron-store, the core's process and the app's listeners would otherwise
    // keep a real app alive).
    const end = () => setTimeout(() => process.exit(0), 200);
    callFromPage(url).then(end, (error) => {
      record('ipc.error', [String(error)]);
      end();
    });
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
  ipcMain,
  utilityProcess,
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
  for (const child of children) child.kill();
  process.stdout.write(`${JSON.stringify({ calls, requires })}\n`);
});

/**
 * The Electron main process: one window showing the renderer from the `tandem://app/` scheme,
 * the back end in a utility process (electron/core-process.ts), and one IPC channel between
 * them that this process checks and forwards. No query runs here, so the window stays
 * responsive during long jobs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, screen, session, type WebContents } from 'electron';
import type { PdfPrinter } from './core/printing/printer';
import { startCoreProcess, type CoreProcess } from './core-process';
import { registerIpc, registerJobs } from './ipc';
import { installMenu } from './menu';
import { electronPrinter } from './pdf-printer';
import { electronSettings } from './settings-store';
import type { Settings } from './core/settings';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  answerPermissionCheck,
  answerPermissionRequest,
  createWindowOptions,
  developmentContentSecurityPolicy,
  fitBounds,
  isAllowedNavigation,
  mimeTypeFor,
  parseDevServerUrl,
  resolveRendererFile,
  responseSecurityHeaders,
} from './window-options';

/** The Vite dev server, only when running unpackaged with VITE_DEV_SERVER_URL on loopback. */
const devServerUrl = app.isPackaged ? null : parseDevServerUrl(process.env.VITE_DEV_SERVER_URL);
const development = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let core: CoreProcess | null = null;
/** The hidden print window's printer, made on the first print the core asks for. */
let printer: PdfPrinter | null = null;
const getPrinter = (): PdfPrinter => (printer ??= electronPrinter());
const closePrinter = (): void => {
  const current = printer;
  printer = null;
  void current?.close();
};
/** Set once the core has closed the database, so quitting goes on. */
let coreClosed = false;

// Must happen before `ready`: the scheme gets an origin and counts as a secure context.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Every renderer is sandboxed, whatever options a future window forgets to pass.
app.enableSandbox();

/** better-sqlite3's native module built for this Electron (see scripts/electron-native.mjs). */
function nativeBindingPath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
}

/** The sample roster the demo facility is built from (the bundle cannot find it by import.meta). */
function demoRosterPath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'demo', 'watson_healthcare_roster.csv')
    : join(app.getAppPath(), 'electron', 'core', 'demo', 'watson_healthcare_roster.csv');
}

function rendererRoot(): string {
  return join(app.getAppPath(), 'dist', 'renderer');
}

async function serveAppRequest(request: Request): Promise<Response> {
  const headers = responseSecurityHeaders();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers });
  }
  const file = resolveRendererFile(rendererRoot(), request.url);
  if (!file) return new Response('Not found', { status: 404, headers });
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...headers, 'Content-Type': mimeTypeFor(file) },
    });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(answerPermissionRequest);
  ses.setPermissionCheckHandler(answerPermissionCheck);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setSpellCheckerEnabled(false);

  // Tandem is offline: the renderer never talks to the network. The CSP already says so; this
  // also stops anything the CSP does not cover. Only the dev server is reachable, in development.
  const network = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);
  ses.webRequest.onBeforeRequest((details, callback) => {
    let url: URL;
    try {
      url = new URL(details.url);
    } catch {
      callback({ cancel: true });
      return;
    }
    const toDevServer = devServerUrl !== null && url.host === devServerUrl.host;
    callback({ cancel: network.has(url.protocol) && !toDevServer });
  });

  if (devServerUrl) {
    const policy = developmentContentSecurityPolicy(devServerUrl);
    ses.webRequest.onHeadersReceived(
      { urls: [`${devServerUrl.origin}/*`] },
      (details, callback) => {
        callback({
          responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
        });
      },
    );
  }

  protocol.handle(APP_SCHEME, serveAppRequest);
}

/** Navigation, new windows and webviews are refused for every web contents, present or future. */
function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function startUrl(): string {
  return devServerUrl ? devServerUrl.href : APP_START_URL;
}

function showHome(): void {
  // Load the start page (not reload): a hash route from the previous database may name a record
  // that does not exist in this one.
  mainWindow?.loadURL(startUrl()).catch((error: unknown) => {
    dialog.showErrorBox('Tandem', `Could not load the app: ${String(error)}`);
  });
}

function createWindow(settings: Settings): BrowserWindow {
  const saved = settings.get('windowBounds');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const win = new BrowserWindow(
    createWindowOptions({
      preload: join(__dirname, 'preload.cjs'),
      bounds: fitBounds(saved, workAreas),
      devTools: development,
    }),
  );
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    settings.set('windowBounds', { ...bounds, maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    // The hidden print window must not keep the app alive once the main window is gone.
    closePrinter();
  });
  mainWindow = win;
  showHome();
  return win;
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();

  const binding = nativeBindingPath();
  if (!existsSync(binding)) {
    dialog.showErrorBox(
      'Tandem cannot start',
      `The SQLite module built for Electron is missing:\n${binding}\n\n` +
        (app.isPackaged
          ? 'The installation is incomplete. Reinstall Tandem.'
          : 'Run "node scripts/electron-native.mjs" (npm start does this) and try again.'),
    );
    app.exit(1);
    return;
  }

  // This process keeps only the window's bounds in settings.json (electron-store). The core
  // keeps the rest of the same file (conf, which electron-store is built on): each rereads the
  // file on every access and writes it atomically, and neither writes the other's keys.
  const settings = electronSettings();
  // The core reopens settings.lastDatabase if it is still there (a moved or newer database
  // leaves the first-run screen up) and takes the daily backup when due.
  const started = await startCoreProcess(
    {
      userDataDir: app.getPath('userData'),
      nativeBinding: binding,
      demoRosterPath: demoRosterPath(),
      locale: app.getLocale(),
      // Printed documents come from a hidden window of this process, made on the first print.
      printer: 'parent',
      dailyBackup: true,
    },
    getPrinter,
  );
  core = started;
  const call = (name: string, input: unknown) => started.call(name, input);
  registerIpc(call, { devServerUrl });
  registerJobs(started, () => mainWindow, { devServerUrl });

  const restoreError = started.startError;
  installMenu({ call, getWindow: () => mainWindow, showHome, development });
  const win = createWindow(settings);
  if (restoreError) {
    const message = restoreError;
    win.once('ready-to-show', () =>
      dialog.showErrorBox('Could not open the last facility database', message),
    );
  }

  app.on('activate', () => {
    if (!mainWindow) createWindow(settings);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one facility database would race; the first instance keeps it.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (!core || coreClosed) return;
    // Close the database cleanly (the WAL is checkpointed into the file), then quit again.
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });
  app.on('will-quit', () => closePrinter());
  start().catch((error: unknown) => {
    dialog.showErrorBox(
      'Tandem cannot start',
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    app.exit(1);
  });
}

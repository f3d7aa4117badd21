import { basename, join } from 'node:path';
import {
  app,
  dialog,
  Menu,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { Result } from '../shared/result';
import type { FacilityStatus } from '../shared/domain/facility';
import { MENU_CHANNEL, type MenuCommand } from './ipc-channel';

export interface MenuDeps {
  /** An API call to the core (in its utility process), as the page makes them. */
  call: (name: string, input: unknown) => Promise<Result<unknown>>;
  /** The app window, if it exists (dialogs are attached to it). */
  getWindow: () => BrowserWindow | null;
  /** Loads the app's start page again so the renderer re-reads `facility.status`. */
  showHome: () => void;
  /** Adds Reload and Developer Tools to the View menu. */
  development: boolean;
}

const DATABASE_FILTERS = [{ name: 'Tandem facility database', extensions: ['sqlite'] }];
const DATABASE_EXTENSION = '.sqlite';

/** The call's value, or its message thrown (shown in an error box by the caller). */
async function value<T>(deps: MenuDeps, name: string, input: unknown): Promise<T> {
  const result = await deps.call(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The facility name for a new database, from the file name the educator chose in the save
 * dialog ("St Mary's Hospital.sqlite" → "St Mary's Hospital"). It can be changed later in the
 * app (facility.rename); a native dialog has no text field to ask for it.
 */
export function facilityNameFromPath(path: string): string {
  const name = basename(path)
    .replace(/\.sqlite$/i, '')
    .replace(/\.tandem$/i, '')
    .replace(/[_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return name || 'Facility';
}

function withDatabaseExtension(path: string): string {
  return path.toLowerCase().endsWith(DATABASE_EXTENSION) ? path : `${path}${DATABASE_EXTENSION}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function showSave(
  win: BrowserWindow | null,
  options: SaveDialogOptions,
): Promise<string | null> {
  const result = win
    ? await dialog.showSaveDialog(win, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function showOpen(
  win: BrowserWindow | null,
  options: OpenDialogOptions,
): Promise<string | null> {
  const result = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function newFacility(deps: MenuDeps): Promise<void> {
  const chosen = await showSave(deps.getWindow(), {
    title: 'New facility database',
    buttonLabel: 'Create',
    defaultPath: join(app.getPath('documents'), 'Facility.sqlite'),
    filters: DATABASE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (!chosen) return;
  const path = withDatabaseExtension(chosen);
  try {
    // The service refuses an existing file (even after the dialog asked "Replace?"): a facility
    // database is the record of a hospital's programs and is never overwritten.
    await value(deps, 'facility.create', { path, name: facilityNameFromPath(path), demo: false });
    deps.showHome();
  } catch (error) {
    dialog.showErrorBox('Could not create the facility database', errorMessage(error));
  }
}

async function openExisting(deps: MenuDeps): Promise<void> {
  const path = await showOpen(deps.getWindow(), {
    title: 'Open facility database',
    buttonLabel: 'Open',
    filters: DATABASE_FILTERS,
    properties: ['openFile'],
  });
  if (!path) return;
  try {
    await value(deps, 'facility.open', { path });
    deps.showHome();
  } catch (error) {
    // e.g. a database written by a newer Tandem: the message says so and that it is unchanged.
    dialog.showErrorBox('Could not open the facility database', errorMessage(error));
  }
}

async function backUp(deps: MenuDeps): Promise<void> {
  const current = (await value<FacilityStatus>(deps, 'facility.status', {})).path;
  if (!current) {
    dialog.showErrorBox(
      'Nothing to back up',
      'No facility database is open. Create or open one first.',
    );
    return;
  }
  const base = basename(current).replace(/\.sqlite$/i, '');
  const chosen = await showSave(deps.getWindow(), {
    title: 'Back up facility database',
    buttonLabel: 'Back up',
    defaultPath: join(app.getPath('documents'), `${base} backup ${today()}${DATABASE_EXTENSION}`),
    filters: DATABASE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (!chosen) return;
  const destination = withDatabaseExtension(chosen);
  try {
    // The service refuses the open database itself as the destination.
    // The save dialog has asked before replacing a file.
    const result = await value<{ path: string; bytes: number }>(deps, 'backup.create', {
      path: destination,
      overwrite: true,
    });
    const win = deps.getWindow();
    const box = {
      type: 'info' as const,
      title: 'Backup complete',
      message: 'The facility database was backed up.',
      detail: `${result.path}\n${formatBytes(result.bytes)}`,
    };
    if (win) await dialog.showMessageBox(win, box);
    else await dialog.showMessageBox(box);
  } catch (error) {
    dialog.showErrorBox('The backup failed', errorMessage(error));
  }
}

async function about(deps: MenuDeps): Promise<void> {
  const box = {
    type: 'info' as const,
    title: 'About Tandem',
    message: `Tandem ${app.getVersion()}`,
    detail:
      'Mentorship programs for the education team. Works offline; facility data stays in the ' +
      'database file you choose.\n\n' +
      `Database: ${(await value<FacilityStatus>(deps, 'facility.status', {})).path ?? 'none open'}\n` +
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · ` +
      `Node ${process.versions.node}`,
  };
  const win = deps.getWindow();
  if (win) await dialog.showMessageBox(win, box);
  else await dialog.showMessageBox(box);
}

/**
 * Hands a command to the page (File ▸ Print… opens the print preview of what it shows). The page
 * decides where that leads, since only it knows which record is on screen.
 */
async function sendToPage(deps: MenuDeps, command: MenuCommand): Promise<void> {
  const win = deps.getWindow();
  if (!win || win.isDestroyed()) return;
  if (!(await value<FacilityStatus>(deps, 'facility.status', {})).open) {
    dialog.showErrorBox(
      'Nothing to print',
      'No facility database is open. Create or open one first.',
    );
    return;
  }
  win.webContents.send(MENU_CHANNEL, command);
}

/** Runs a menu action; anything unexpected becomes an error box rather than a silent failure. */
function run(action: () => Promise<void>): () => void {
  return () => {
    action().catch((error: unknown) => dialog.showErrorBox('Tandem', errorMessage(error)));
  };
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const mac = process.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(deps.development
      ? ([
          { role: 'reload' },
          { role: 'forceReload' },
          { role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New Facility Database…',
          accelerator: 'CmdOrCtrl+N',
          click: run(() => newFacility(deps)),
        },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: run(() => openExisting(deps)) },
        { type: 'separator' },
        { label: 'Back Up…', click: run(() => backUp(deps)) },
        { type: 'separator' },
        {
          label: 'Print…',
          accelerator: 'CmdOrCtrl+P',
          click: run(() => sendToPage(deps, 'print')),
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: '&View', submenu: view },
    ...(mac ? ([{ role: 'windowMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    {
      role: 'help',
      submenu: [{ label: 'About Tandem', click: run(() => about(deps)) }],
    },
  ];
}

export function installMenu(deps: MenuDeps): void {
  if (process.platform === 'darwin') {
    app.setAboutPanelOptions({
      applicationName: 'Tandem',
      applicationVersion: app.getVersion(),
      credits: 'Mentorship programs for the education team.',
    });
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(deps)));
}

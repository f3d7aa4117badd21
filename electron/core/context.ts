import { homedir, hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import type { SignedInUser } from '../../shared/domain/accounts';
import { TandemError } from '../../shared/result';
import type { Db } from './db/open';
import { systemClock, type Actor, type Clock, type WriteContext } from './db/write';
import type { BatchRecord } from './printing/batch';
import type { PdfPrinter } from './printing/printer';
import type { Settings } from './settings';

/** Monotonic milliseconds (never the calendar clock tests move by weeks), for the idle lock. */
export interface IdleTimer {
  now(): number;
}

export const processIdleTimer: IdleTimer = { now: () => performance.now() };

/**
 * The one session of this process (the app has one window; the local host serves this
 * workstation's browser). It belongs to one facility file: opening another ends it.
 */
export interface Session {
  user: SignedInUser;
  dbPath: string;
  /** `idleTimer.now()` at the last call that counted as activity. */
  lastActivity: number;
  /** Locked after the idle time: only the password (or another sign-in) resumes. */
  locked: boolean;
}

/**
 * Everything a handler needs: the open facility database (if any), who is acting, the clock,
 * and the workstation settings. One per process; the Electron shell and the local host each
 * build one.
 */
export interface AppContext {
  db: Db | null;
  dbPath: string | null;
  /** Who the audit trail names: the signed-in user, else `workstationActor`. */
  actor: Actor;
  /** Who acts while nobody is signed in (first run, a database without accounts). */
  workstationActor: Actor;
  session: Session | null;
  idleTimer: IdleTimer;
  /**
   * Called by `requireDb` before a service uses the database: the command line signs in its
   * `--user` there (the API router checks sessions itself, before any handler runs).
   */
  beforeUse?: (ctx: AppContext) => void;
  clock: Clock;
  settings: Settings;
  userDataDir: string;
  /** better-sqlite3's native module for Electron; undefined in plain Node. */
  nativeBinding?: string;
  /** Where the packaged app keeps the demo roster; the source tree's copy otherwise. */
  demoRosterPath?: string;
  /** The workstation's locale for printed documents; the process's own when not given. */
  locale?: string;
  /**
   * The PDF printer, started on first use and then shared by every print (a warm browser);
   * null where this process cannot print. `closePrinter` stops it when the process ends.
   */
  printer: (() => PdfPrinter) | null;
  closePrinter: () => Promise<void>;
  /** Batches of packets printing in the background, by job id (in memory only). */
  jobs: Map<string, BatchRecord>;
}

/** Before anyone signs in (or in a database without accounts), the operating-system user. */
export function workstationActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // Some service accounts have no passwd entry; "unknown" still names the workstation.
  }
  return { name: `${user}@${hostname()}` };
}

let processBeforeUse: ((ctx: AppContext) => void) | undefined;

/**
 * The command line runs one command per process and each command builds its own context(s):
 * the sign-in of its `--user` is set here once, for every context the command makes.
 */
export function setProcessSignIn(hook: ((ctx: AppContext) => void) | null): void {
  processBeforeUse = hook ?? undefined;
}

export function createContext(options: {
  settings: Settings;
  userDataDir: string;
  actor?: Actor;
  clock?: Clock;
  idleTimer?: IdleTimer;
  beforeUse?: (ctx: AppContext) => void;
  nativeBinding?: string;
  demoRosterPath?: string;
  locale?: string;
  /** Makes the PDF printer; called once, on the first print. */
  printer?: () => PdfPrinter;
}): AppContext {
  let printer: PdfPrinter | null = null;
  const makePrinter = options.printer;
  const actor = options.actor ?? workstationActor();
  const beforeUse = options.beforeUse ?? processBeforeUse;
  return {
    db: null,
    dbPath: null,
    actor,
    workstationActor: actor,
    session: null,
    idleTimer: options.idleTimer ?? processIdleTimer,
    ...(beforeUse ? { beforeUse } : {}),
    clock: options.clock ?? systemClock,
    settings: options.settings,
    userDataDir: options.userDataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.demoRosterPath ? { demoRosterPath: options.demoRosterPath } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    printer: makePrinter ? () => (printer ??= makePrinter()) : null,
    closePrinter: async () => {
      const current = printer;
      printer = null;
      await current?.close();
    },
    jobs: new Map(),
  };
}

export function defaultDatabasePath(userDataDir: string): string {
  return join(userDataDir, 'facility.tandem.sqlite');
}

/** The write context of the open facility, or a clear error when none is open. */
export function requireDb(ctx: AppContext): WriteContext {
  const db = ctx.db;
  if (!db) {
    throw new TandemError('no_database', 'No facility database is open. Create or open one first.');
  }
  ctx.beforeUse?.(ctx);
  return { db, actor: ctx.actor, clock: ctx.clock };
}

/** The same folder Electron's `app.getPath('userData')` gives Tandem, for plain-Node tools. */
export function defaultUserDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Tandem');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Tandem');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Tandem');
}

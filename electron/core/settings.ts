import Conf from 'conf';

/** What Tandem remembers between runs on this workstation (not facility data). */
export interface SettingsShape {
  lastDatabase?: string;
  recentDatabases?: string[];
  windowBounds?: { x?: number; y?: number; width: number; height: number; maximized?: boolean };
  /** Printing on this workstation: its paper and where PDFs go (defaults in core/printing). */
  printing?: { paperSize?: 'a4' | 'letter'; outputFolder?: string };
  /**
   * Seconds without activity before the session locks (default 10 minutes). A workstation
   * setting: only an administrator changes it (accounts.setIdleLock).
   */
  idleLockSeconds?: number;
}

/**
 * The settings interface: electron-store in the app, `conf` (the library electron-store is
 * built on) in plain Node, so the back end never imports Electron.
 */
export interface Settings {
  get<K extends keyof SettingsShape>(key: K): SettingsShape[K] | undefined;
  set<K extends keyof SettingsShape>(key: K, value: SettingsShape[K]): void;
}

export function confSettings(cwd: string): Settings {
  const store = new Conf<SettingsShape>({ cwd, projectName: 'tandem', configName: 'settings' });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}

/** Settings kept in memory only, for tests and one-off CLI commands. */
export function memorySettings(initial: SettingsShape = {}): Settings {
  const values: SettingsShape = { ...initial };
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
  };
}

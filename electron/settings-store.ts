import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { Settings, SettingsShape } from './core/settings';

/**
 * Workstation settings kept by electron-store in the user-data folder (`settings.json`). This is
 * the only module that imports electron-store; the back end only sees the `Settings` interface.
 */
export function electronSettings(): Settings {
  const store = new Store<SettingsShape>({
    name: 'settings',
    // Settings are conveniences, not facility data: a file corrupted by a power cut or edited
    // by hand is reset rather than stopping Tandem from starting.
    clearInvalidConfig: true,
    schema: {
      lastDatabase: { type: 'string' },
      recentDatabases: { type: 'array', items: { type: 'string' } },
      windowBounds: {
        type: 'object',
        properties: {
          x: { type: 'number' },
          y: { type: 'number' },
          width: { type: 'number' },
          height: { type: 'number' },
          maximized: { type: 'boolean' },
        },
        required: ['width', 'height'],
      },
    },
  });
  // electron-store answers a synchronous 'electron-store-get-data' message (its user-data path)
  // to any renderer so it can be used there. Tandem never uses it in a renderer: close it.
  ipcMain.removeAllListeners('electron-store-get-data');
  return {
    get: (key) => store.get(key),
    set: (key, value) => {
      if (value === undefined) store.delete(key);
      else store.set(key, value);
    },
  };
}

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Router } from './core/api/router';
import type { Result } from '../shared/result';
import { IPC_CHANNEL } from './ipc-channel';
import { isTrustedSender } from './window-options';

/**
 * The main-process end of the one IPC channel. Every call is checked before it reaches the
 * router: the sender must be the top frame of a page served from the app's own origin, and the
 * method name must be a string. The router then refuses unknown methods and invalid input.
 */
export function registerIpc(router: Router, options: { devServerUrl: URL | null }): () => void {
  ipcMain.handle(
    IPC_CHANNEL,
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url, options.devServerUrl)) {
        return {
          ok: false,
          error: { code: 'unauthorized', message: 'This page is not allowed to call Tandem.' },
        };
      }
      if (typeof name !== 'string') {
        return {
          ok: false,
          error: { code: 'invalid_input', message: 'The API method name must be a string.' },
        };
      }
      try {
        return await router(name, input);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: { code: 'internal', message: `Something went wrong: ${message}` },
        };
      }
    },
  );
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}

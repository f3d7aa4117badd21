import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Router } from './core/api/router';
import type { Result } from '../shared/result';
import type { CoreProcess } from './core-process';
import { CANCEL_CHANNEL, IPC_CHANNEL, isJobId, JOB_CHANNEL, type JobEvent } from './ipc-channel';
import { isTrustedSender } from './window-options';

const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'This page is not allowed to call Tandem.' },
};

/** The sender must be the top frame of a page served from the app's own origin. */
function trusted(event: IpcMainInvokeEvent, devServerUrl: URL | null): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isTrustedSender(frame.url, devServerUrl);
}

/**
 * The main-process end of the one IPC channel. Every call is checked before it is forwarded
 * to the core (in its utility process): the sender must be the top frame of a page served from
 * the app's own origin, and the method name must be a string. The core's router then refuses
 * unknown methods and invalid input.
 */
export function registerIpc(router: Router, options: { devServerUrl: URL | null }): () => void {
  ipcMain.handle(
    IPC_CHANNEL,
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<Result<unknown>> => {
      if (!trusted(event, options.devServerUrl)) return UNTRUSTED;
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

/**
 * Long jobs: their progress goes to the window's page on JOB_CHANNEL; the page asks to cancel
 * one on CANCEL_CHANNEL with its id, from the same trusted page only.
 */
export function registerJobs(
  core: Pick<CoreProcess, 'cancel' | 'onJob'>,
  getWindow: () => BrowserWindow | null,
  options: { devServerUrl: URL | null },
): () => void {
  core.onJob((job, finished) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    const event: JobEvent = { ...job, finished };
    win.webContents.send(JOB_CHANNEL, event);
  });
  ipcMain.handle(
    CANCEL_CHANNEL,
    (event: IpcMainInvokeEvent, id: unknown): Result<{ id: number; cancelling: true }> => {
      if (!trusted(event, options.devServerUrl)) return UNTRUSTED;
      if (!isJobId(id)) {
        return {
          ok: false,
          error: { code: 'invalid_input', message: 'A job is cancelled by its id.' },
        };
      }
      core.cancel(id);
      return { ok: true, value: { id, cancelling: true } };
    },
  );
  return () => ipcMain.removeHandler(CANCEL_CHANNEL);
}

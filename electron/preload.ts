/**
 * Runs in the sandboxed renderer before the page, in its own isolated world. It exposes
 * `window.tandem.call(name, input)`, which forwards to the main process over the one IPC
 * channel, and `window.tandemMenu.onCommand(listener)`, which hands the page the application
 * menu's commands (File ▸ Print…) from a fixed list, and `window.tandemJobs` (progress of long
 * jobs, and Cancel). Electron's IPC objects themselves never
 * reach the page, and the page never names a channel.
 *
 * Bundled to CommonJS (sandboxed preloads cannot load ES modules) and may import only
 * 'electron' at run time; the contract is imported for its types alone.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { TandemBridge } from '../shared/contract';
import type { Result } from '../shared/result';
import {
  CANCEL_CHANNEL,
  IPC_CHANNEL,
  isJobEvent,
  isJobId,
  isMenuCommand,
  JOB_CHANNEL,
  MENU_CHANNEL,
  type JobEvent,
  type MenuCommand,
} from './ipc-channel';

const bridge = {
  call: (name: string, input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<Result<unknown>>,
} satisfies TandemBridge;

contextBridge.exposeInMainWorld('tandem', bridge);

const menu = {
  onCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    // The event object (with its sender) stays here; only a known command crosses over.
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('tandemMenu', menu);

const jobs = {
  onProgress: (listener: (job: JobEvent) => void): (() => void) => {
    // Only the checked fields of a job event cross over, copied, never the IPC event.
    const forward = (_event: unknown, job: unknown) => {
      if (isJobEvent(job)) listener({ ...job });
    };
    ipcRenderer.on(JOB_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(JOB_CHANNEL, forward);
    };
  },
  cancel: (id: number): Promise<Result<unknown>> =>
    isJobId(id)
      ? (ipcRenderer.invoke(CANCEL_CHANNEL, id) as Promise<Result<unknown>>)
      : Promise.resolve({
          ok: false,
          error: { code: 'invalid_input', message: 'A job is cancelled by its id.' },
        }),
};

contextBridge.exposeInMainWorld('tandemJobs', jobs);

/**
 * Runs in the sandboxed renderer before the page, in its own isolated world. It exposes exactly
 * one function, `window.tandem.call(name, input)`, which forwards to the main process over the
 * one IPC channel. Electron's IPC objects themselves never reach the page.
 *
 * Bundled to CommonJS (sandboxed preloads cannot load ES modules) and may import only
 * 'electron' at run time; the contract is imported for its types alone.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { TandemBridge } from '../shared/contract';
import type { Result } from '../shared/result';
import { IPC_CHANNEL } from './ipc-channel';

const bridge = {
  call: (name: string, input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<Result<unknown>>,
} satisfies TandemBridge;

contextBridge.exposeInMainWorld('tandem', bridge);

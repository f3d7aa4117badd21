/**
 * The single IPC channel between the preload and the main process. Kept in a file without any
 * Electron import so both bundles (and tests) can share it.
 */
export const IPC_CHANNEL = 'tandem:call';

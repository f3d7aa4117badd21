/**
 * The single IPC channel between the preload and the main process. Kept in a file without any
 * Electron import so both bundles (and tests) can share it.
 */
export const IPC_CHANNEL = 'tandem:call';

/**
 * The one channel on which the main process tells the page about menu commands (main → page
 * only). The page never names a channel: the preload listens here and hands on only a command
 * from this list.
 */
export const MENU_CHANNEL = 'tandem:menu';
export const MENU_COMMANDS = ['print'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

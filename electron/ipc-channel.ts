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

/**
 * Long jobs (main → page): each progress report of a job, and its end. The preload hands the
 * page only the fields of `JobEvent`, checked by `isJobEvent`.
 */
export const JOB_CHANNEL = 'tandem:job';
/** Page → main: cancel the job with this id (a positive whole number, nothing else). */
export const CANCEL_CHANNEL = 'tandem:cancel';

export interface JobEvent {
  id: number;
  method: string;
  done: number;
  total: number;
  label: string;
  cancelling: boolean;
  finished: boolean;
}

export function isJobEvent(value: unknown): value is JobEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isJobId(v.id) &&
    typeof v.method === 'string' &&
    typeof v.done === 'number' &&
    typeof v.total === 'number' &&
    typeof v.label === 'string' &&
    typeof v.cancelling === 'boolean' &&
    typeof v.finished === 'boolean'
  );
}

export function isJobId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

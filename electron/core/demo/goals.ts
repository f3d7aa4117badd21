import type { WriteContext } from '../db/write';

/** The demo facility's goals; filled in by the goals capability. */
export function buildDemoGoals(_ctx: WriteContext): void {}

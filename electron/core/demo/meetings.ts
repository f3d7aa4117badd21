import type { WriteContext } from '../db/write';

/** The demo facility's meetings; filled in by the meetings capability. */
export function buildDemoMeetings(_ctx: WriteContext): void {}

import type { WriteContext } from '../db/write';

/** The demo facility's training; filled in by the training capability. */
export function buildDemoTraining(_ctx: WriteContext): void {}

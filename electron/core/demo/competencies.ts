import type { WriteContext } from '../db/write';

/** The demo facility's competencies; filled in by the competencies capability. */
export function buildDemoCompetencies(_ctx: WriteContext): void {}

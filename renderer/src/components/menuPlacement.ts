/** Where a drop-down menu goes so that all of it stays inside the window. */
export interface MenuPlacement {
  /** Offset from the anchor's left edge, in px (negative: shifted left). */
  left: number;
  /** Opens above the anchor instead of below. */
  up: boolean;
  /** The most the menu may take before it scrolls, in px. */
  maxHeight: number;
  maxWidth: number;
}

const MARGIN = 8;
const GAP = 4;
/** Below this the menu would show two options at most: better to open upwards or scroll the page. */
const SMALLEST = 120;

/**
 * The menu opens below its button, left-aligned; near the window's right edge it slides left,
 * near the bottom it opens upwards when there is more room above, and it never gets taller
 * than the room it has (it scrolls instead). Pure, so the rule reads in one place.
 */
export function placeMenu(
  anchor: { left: number; top: number; bottom: number },
  menu: { width: number; height: number },
  view: { width: number; height: number },
  preferredMaxHeight: number,
): MenuPlacement {
  const maxWidth = Math.max(0, view.width - 2 * MARGIN);
  const width = Math.min(menu.width, maxWidth);
  const overflowRight = anchor.left + width - (view.width - MARGIN);
  const left = overflowRight > 0 ? Math.max(MARGIN - anchor.left, -overflowRight) : 0;

  const below = view.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const wanted = Math.min(menu.height, preferredMaxHeight);
  const up = wanted > below && above > below;
  const room = up ? above : below;
  return { left, up, maxHeight: Math.max(SMALLEST, Math.min(preferredMaxHeight, room)), maxWidth };
}

export interface Position {
  row: number;
  col: number;
}

/**
 * Where a key moves the active cell of a rows × cols grid (the ARIA grid pattern): arrows one
 * step, Home/End to the row's ends, Ctrl+Home/End to the grid's corners, Page Up/Down ten rows.
 * Null for keys the grid does not handle, so they keep their usual meaning.
 */
export function moveBy(
  key: string,
  ctrl: boolean,
  at: Position,
  rows: number,
  cols: number,
): Position | null {
  const clamp = (row: number, col: number): Position => ({
    row: Math.min(Math.max(row, 0), rows - 1),
    col: Math.min(Math.max(col, 0), cols - 1),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageDown':
      return clamp(at.row + 10, at.col);
    case 'PageUp':
      return clamp(at.row - 10, at.col);
    default:
      return null;
  }
}

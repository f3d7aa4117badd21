import type { Cell } from '../../../../shared/domain/outcomes';
import { formatCount } from '../../lib/format';

export function pct(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function cellText(cell: Cell): string {
  return cell.suppressed ? 'fewer than 5 (hidden)' : formatCount(cell.count);
}

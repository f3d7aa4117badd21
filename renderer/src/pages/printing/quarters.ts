import {
  formatQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterOf,
  type Quarter,
} from '../../../../shared/periods';
import type { Option } from '../../components/Field';
import { todayIso } from '../../lib/format';

/** `2026-Q3 (July–September 2026)`: the code educators type, and the months it means. */
export function quarterWords(text: string): string {
  const q = parseQuarter(text);
  return q ? `${formatQuarter(q)} (${quarterLabel(q)})` : text;
}

/** The quarter before today's: the one a packet usually reports on, once it is over. */
export function previousQuarterText(today = todayIso()): string {
  return formatQuarter(previousQuarter(quarterOf(today)));
}

const before = (a: Quarter, b: Quarter) =>
  a.year < b.year || (a.year === b.year && a.quarter < b.quarter);

/**
 * The quarters from `from` (a day, e.g. a pairing's start) to today's, newest first: what a
 * packet can be printed for. At most `limit`, so a long-running cohort stays a short list.
 */
export function quarterOptions(from: string | null, today = todayIso(), limit = 12): Option[] {
  const last = quarterOf(today);
  const first = from ? quarterOf(from) : previousQuarter(previousQuarter(last));
  const quarters: Quarter[] = [];
  for (let q = first; !before(last, q); q = nextQuarter(q)) quarters.unshift(q);
  if (quarters.length === 0) quarters.push(last);
  return quarters.slice(0, limit).map((q) => {
    const text = formatQuarter(q);
    const running = text === formatQuarter(last);
    return { value: text, label: `${quarterWords(text)}${running ? ', so far' : ''}` };
  });
}

/** The default among the options: the previous quarter when offered, else the newest. */
export function defaultQuarter(options: Option[], today = todayIso()): string {
  const previous = previousQuarterText(today);
  return options.some((o) => o.value === previous) ? previous : (options[0]?.value ?? previous);
}

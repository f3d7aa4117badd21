import {
  BENNER_CODES,
  BENNER_LABELS,
  type BennerLevel,
  type TimeToCompetent,
} from '../../../../shared/domain/competencies';
import { formatDay, plural } from '../../lib/format';

/** A Benner level as its word and short code; the shade only supports the words. */
export function LevelBadge({ level }: { level: BennerLevel }) {
  return (
    <span className={`level level-${level}`}>
      <span className="level-word">{BENNER_LABELS[level]}</span>{' '}
      <abbr className="level-code" title={BENNER_LABELS[level]}>
        {BENNER_CODES[level]}
      </abbr>
    </span>
  );
}

/** "62 days (1 Sept → 2 Nov)", "Not yet competent", ... for one person and competency. */
export function progressText(progress: TimeToCompetent | null): string {
  if (!progress) return 'Not signed off yet';
  switch (progress.status) {
    case 'reached':
      return `${plural(progress.days, 'day', 'days')} (${formatDay(progress.firstDate)} → ${formatDay(progress.competentDate)})`;
    case 'not_yet':
      return `Not yet competent (first sign-off ${formatDay(progress.firstDate)})`;
    case 'started_competent':
      return 'Competent or above at the first sign-off';
  }
}

/** Median days, with half days when the middle falls between two people. */
export function formatMedian(days: number | null): string {
  if (days === null) return '—';
  return `${days.toLocaleString(undefined, { maximumFractionDigits: 1 })} days`;
}

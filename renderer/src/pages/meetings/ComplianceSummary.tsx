import type { PairingMeetings } from '../../../../shared/domain/meetings';
import { CADENCE_LABELS } from '../../../../shared/domain/programs';
import { formatMeetingDay, heldWords, CADENCE_WORDS } from './words';

/** Held against expected as a bar with the figure in words, so the bar is never the only cue. */
export function HeldBar({
  held,
  expected,
  words,
  label = words,
}: {
  held: number;
  expected: number;
  words: string;
  label?: string;
}) {
  return (
    <div className="held-bar">
      {expected > 0 && <progress max={expected} value={held} aria-label={label} />}
      <span>{words}</span>
    </div>
  );
}

function extras(c: PairingMeetings['compliance']): string {
  const parts = [
    c.missed > 0 && `${c.missed} missed`,
    c.cancelled > 0 && `${c.cancelled} cancelled`,
    c.overdue > 0 && `${c.overdue} overdue (nothing recorded)`,
    c.extra > 0 && `${c.extra} extra`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.join(' · ');
}

function nextWords(m: PairingMeetings): string {
  const next = m.compliance.nextDue;
  if (next) {
    const by = next.until === next.date ? '' : ` (any day until ${formatMeetingDay(next.until)})`;
    return `${next.state === 'due' ? 'Due now' : 'Next due'}: ${formatMeetingDay(next.date)}${by}`;
  }
  if (m.pairing.status === 'paused') return 'Paused: no meetings are expected until it resumes.';
  return 'No more meetings expected: the pairing has ended.';
}

/** Per pairing: held vs expected so far, what is behind, and when the next meeting is due. */
export function ComplianceSummary({ data }: { data: PairingMeetings }) {
  const c = data.compliance;
  const detail = extras(c);
  return (
    <div className="compliance-summary">
      <p className="muted small">
        {CADENCE_LABELS[data.cadence]} cadence: {CADENCE_WORDS[data.cadence]}.
      </p>
      <HeldBar held={c.held} expected={c.expectedSoFar} words={heldWords(c)} />
      <p className="compliance-line">
        {data.overdue ? (
          <span className="badge badge-warn">Behind</span>
        ) : (
          <span className="badge badge-ok">Up to date</span>
        )}{' '}
        {detail && <span className="small">{detail}</span>}
      </p>
      <p className="compliance-line">{nextWords(data)}</p>
    </div>
  );
}

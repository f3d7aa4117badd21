import type { TrainingRequirement, TrainingStatus } from '../../../../shared/domain/training';
import { useApiQuery } from '../../api/useApiQuery';
import { SummaryCard } from '../../components/SummaryCard';
import { formatDay, plural } from '../../lib/format';
import { TrainingStatusBadge } from './TrainingStatusBadge';
import '../../styles/blocks.css';
import '../../styles/training.css';

const SHOWN = 4;
/** What needs recording first: missing and expired, then expiring, then complete. */
const URGENCY: Record<TrainingStatus, number> = {
  missing: 0,
  expired: 1,
  expiring: 2,
  complete: 3,
};

/**
 * On a person's page: the training they need now and where they stand on it, their latest
 * completion, and the way to their training page (where completions are recorded).
 */
export function TrainingSummary({ staffId }: { staffId: number }) {
  const query = useApiQuery('training.forStaff', { staffId });
  const data = query.data;
  const requirements = [...(data?.requirements ?? [])].sort(
    (a, b) => URGENCY[a.status] - URGENCY[b.status] || a.moduleName.localeCompare(b.moduleName),
  );
  const upToDate = requirements.filter(
    (r) => r.status === 'complete' || r.status === 'expiring',
  ).length;
  const counted = data?.completions.filter((c) => c.void === null) ?? [];
  const latest = counted.reduce<(typeof counted)[number] | undefined>(
    (best, c) => (best === undefined || c.completedOn > best.completedOn ? c : best),
    undefined,
  );

  return (
    <SummaryCard
      title="Training"
      to={`/training/people/${staffId}`}
      linkLabel="Open training"
      query={query}
    >
      {data && requirements.length === 0 && (
        <p className="muted">
          Nothing required now: not enrolled in a current cohort that asks for training.
        </p>
      )}
      {requirements.length > 0 && (
        <>
          <p className="summary-lead">
            <strong>{plural(requirements.length, 'module', 'modules')} required now</strong>
            <span className="muted"> · {upToDate} up to date</span>
          </p>
          <ul className="summary-list" aria-label="Required training">
            {requirements.slice(0, SHOWN).map((r) => (
              <RequirementItem key={r.moduleName} requirement={r} />
            ))}
          </ul>
          {requirements.length > SHOWN && (
            <p className="muted small">
              and {plural(requirements.length - SHOWN, 'more module', 'more modules')} on the
              training page.
            </p>
          )}
        </>
      )}
      {data && (
        <p className="muted small">
          {latest
            ? `Latest completion: ${latest.moduleName} on ${formatDay(latest.completedOn)} (${plural(counted.length, 'completion', 'completions')} recorded).`
            : 'No training recorded yet.'}
        </p>
      )}
    </SummaryCard>
  );
}

function RequirementItem({ requirement: r }: { requirement: TrainingRequirement }) {
  const when =
    r.status === 'missing'
      ? null
      : r.expiresOn
        ? `${r.status === 'expired' ? 'expired' : 'expires'} ${formatDay(r.expiresOn)}`
        : `completed ${formatDay(r.completedOn)}`;
  return (
    <li>
      <TrainingStatusBadge status={r.status} />{' '}
      <span className="summary-item-name">{r.moduleName}</span>
      {when && <span className="muted small nowrap"> · {when}</span>}
    </li>
  );
}

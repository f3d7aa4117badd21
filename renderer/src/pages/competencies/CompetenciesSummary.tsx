import { COMPETENT_LEVEL } from '../../../../shared/domain/competencies';
import { useApiQuery } from '../../api/useApiQuery';
import { SummaryCard } from '../../components/SummaryCard';
import { formatDay, plural } from '../../lib/format';
import { LevelBadge } from './LevelBadge';
import '../../styles/blocks.css';
import '../../styles/competencies.css';

const SHOWN = 5;

/**
 * On a person's page: how many competencies are signed off, how many at competent or above,
 * the latest levels, and the way to their competencies page (where sign-offs are recorded).
 */
export function CompetenciesSummary({ staffId }: { staffId: number }) {
  const query = useApiQuery('competencies.forStaff', { staffId });
  const signedOff = (query.data ?? [])
    .filter((r) => r.current !== null)
    .sort(
      (a, b) =>
        (b.current?.date ?? '').localeCompare(a.current?.date ?? '') ||
        a.competency.name.localeCompare(b.competency.name),
    );
  const competent = signedOff.filter((r) => (r.current?.level ?? 0) >= COMPETENT_LEVEL).length;

  return (
    <SummaryCard
      title="Competencies"
      to={`/competencies/people/${staffId}`}
      linkLabel="Open competencies"
      query={query}
    >
      {query.data && signedOff.length === 0 && (
        <p className="muted">No sign-offs yet: open the competencies to record the first.</p>
      )}
      {signedOff.length > 0 && (
        <>
          <p className="summary-lead">
            <strong>{plural(signedOff.length, 'competency', 'competencies')} signed off</strong>
            <span className="muted"> · {competent} at competent or above</span>
          </p>
          <h3 className="subheading">Latest levels</h3>
          <ul className="summary-list" aria-label="Latest competency levels">
            {signedOff.slice(0, SHOWN).map((r) => (
              <li key={r.competency.id}>
                <span className="summary-item-name">{r.competency.name}</span>{' '}
                {r.current && <LevelBadge level={r.current.level} />}
                <span className="muted small nowrap"> · {formatDay(r.current?.date)}</span>
              </li>
            ))}
          </ul>
          {signedOff.length > SHOWN && (
            <p className="muted small">
              and {plural(signedOff.length - SHOWN, 'more competency', 'more competencies')} on the
              competencies page.
            </p>
          )}
        </>
      )}
    </SummaryCard>
  );
}

import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, formatDay } from '../../lib/format';
import '../../styles/blocks.css';

/** "Pairing board" in the navigation: choose the cohort whose board to open. */
export function BoardPickerPage() {
  const cohorts = useApiQuery('cohorts.list', {});
  const items = cohorts.data ?? [];
  return (
    <div className="page">
      <PageHeader
        title="Pairing board"
        subtitle="Choose a cohort to pair its mentees with mentors."
      />
      <ErrorBanner error={cohorts.error} onRetry={cohorts.reload} />
      {cohorts.data && items.length === 0 ? (
        <EmptyState
          title="No cohorts yet — create one from a program"
          action={
            <Link className="button button-primary" to="/programs">
              Go to Programs
            </Link>
          }
        >
          A cohort is one run of a program. Once it has mentors and mentees, its board is here.
        </EmptyState>
      ) : (
        <ul className="cohort-picker" aria-label="Cohorts">
          {items.map((c) => (
            <li key={c.id}>
              <Link className="cohort-pick" to={`/board/${c.id}`}>
                <span className="kind-title">{c.name}</span>
                <span className="muted small">
                  <span className="mono">{c.code}</span> · {c.programName}
                </span>
                <span className="small">
                  {formatDay(c.startDate)} – {c.endDate ? formatDay(c.endDate) : 'rolling'}
                </span>
                <span className="small">
                  {formatCount(c.mentorCount)} mentors · {formatCount(c.menteeCount)} mentees ·{' '}
                  {formatCount(c.activePairings)} active pairings
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

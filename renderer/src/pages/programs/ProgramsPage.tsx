import { Link } from 'react-router-dom';
import {
  CADENCE_LABELS,
  PROGRAM_FORMAT_LABELS,
  PROGRAM_KIND_LABELS,
} from '../../../../shared/domain/programs';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, plural } from '../../lib/format';
import '../../styles/blocks.css';
import '../../styles/programs.css';

/** Every program the facility runs, with its shape at a glance and a way into its cohorts. */
export function ProgramsPage() {
  const programs = useApiQuery('programs.list', {});
  const items = [...(programs.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="page">
      <PageHeader
        title="Programs"
        subtitle={
          programs.data
            ? `${plural(items.length, 'program', 'programs')}: the kinds of mentorship your facility runs.`
            : 'Loading programs…'
        }
        action={
          <Can method="programs.create">
            <Link className="button button-primary" to="/programs/new">
              New program
            </Link>
          </Can>
        }
      />
      <ErrorBanner error={programs.error} onRetry={programs.reload} />
      {programs.data && items.length === 0 ? (
        <EmptyState
          title="No programs yet — start one from a template"
          action={
            <Can method="programs.create">
              <Link className="button button-primary" to="/programs/new">
                New program
              </Link>
            </Can>
          }
        >
          A program is a kind of mentorship (a residency, a preceptorship, peer mentoring…). Its
          cohorts are where staff are enrolled and paired.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="sr-only">Programs</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Kind</th>
                <th scope="col">Format</th>
                <th scope="col">Cadence</th>
                <th scope="col" className="num">
                  Duration
                </th>
                <th scope="col" className="num">
                  Cohorts
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/programs/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>{PROGRAM_KIND_LABELS[p.kind]}</td>
                  <td>{PROGRAM_FORMAT_LABELS[p.format]}</td>
                  <td>{CADENCE_LABELS[p.cadence]}</td>
                  <td className="num">{plural(p.durationWeeks, 'week', 'weeks')}</td>
                  <td className="num">
                    {p.cohortCount === 0 ? (
                      <span className="muted">None yet</span>
                    ) : (
                      formatCount(p.cohortCount)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatCount, formatDay } from '../../lib/format';
import { NewCohortForm } from './NewCohortForm';

/** The runs of a program: where staff are enrolled and paired. */
export function ProgramCohorts({
  programId,
  durationWeeks,
}: {
  programId: number;
  durationWeeks: number;
}) {
  const cohorts = useApiQuery('cohorts.list', { programId });
  const [adding, setAdding] = useState(false);
  const canAdd = useCan('cohorts.create');
  const items = cohorts.data ?? [];
  return (
    <section className="card section-card" aria-labelledby="program-cohorts">
      <div className="section-head">
        <h2 id="program-cohorts">Cohorts</h2>
        {!adding && canAdd && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            New cohort
          </button>
        )}
      </div>
      <ErrorBanner error={cohorts.error} />
      {adding && (
        <NewCohortForm
          programId={programId}
          durationWeeks={durationWeeks}
          onCancel={() => setAdding(false)}
        />
      )}
      {cohorts.data && items.length === 0 && !adding && (
        <p className="muted">
          {canAdd
            ? 'No cohorts yet — create one with “New cohort”, then enrol mentors and mentees in it.'
            : 'No cohorts yet.'}
        </p>
      )}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="table table-compact cohort-table">
            <caption className="sr-only">Cohorts of this program</caption>
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col">Dates</th>
                <th scope="col" className="num">
                  Mentors
                </th>
                <th scope="col" className="num">
                  Mentees
                </th>
                <th scope="col" className="num">
                  Active pairings
                </th>
                <th scope="col">
                  <span className="sr-only">Board</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/cohorts/${c.id}`}>{c.name}</Link>
                    <div className="muted small mono">{c.code}</div>
                  </th>
                  <td>
                    {formatDay(c.startDate)} –{' '}
                    {c.endDate ? formatDay(c.endDate) : 'rolling enrolment'}
                  </td>
                  <td className="num">{formatCount(c.mentorCount)}</td>
                  <td className="num">{formatCount(c.menteeCount)}</td>
                  <td className="num">{formatCount(c.activePairings)}</td>
                  <td>
                    <Link to={`/board/${c.id}`} aria-label={`Pairing board of ${c.name}`}>
                      Pairing board
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import type {
  CompetencyMatrix,
  Standing,
  TimeToCompetentSummary,
} from '../../../../shared/domain/competencies';
import { formatCount, plural } from '../../lib/format';
import { formatMedian } from './LevelBadge';

function SummaryCells({ s }: { s: TimeToCompetentSummary }) {
  return (
    <>
      <td className="num">{formatMedian(s.medianDays)}</td>
      <td className="num">{formatCount(s.reached)}</td>
      <td className="num">{formatCount(s.notYet)}</td>
      <td className="num">{formatCount(s.startedCompetent)}</td>
    </>
  );
}

function cellText(cell: Standing | null): string {
  const p = cell?.progress;
  if (!p) return '—';
  if (p.status === 'reached') return plural(p.days, 'day', 'days');
  return p.status === 'not_yet' ? 'Not yet' : 'Started competent';
}

/**
 * Days from a person's first sign-off in a competency to their first at "competent": the median
 * per competency and for the whole cohort, with the counts behind each, and per person.
 */
export function TimeToCompetent({ matrix }: { matrix: CompetencyMatrix }) {
  const mentees = matrix.rows.filter((r) => r.cohortRole === 'mentee');
  return (
    <section className="card section-card" aria-labelledby="ttc-title">
      <h2 id="ttc-title">Time from first sign-off to competent</h2>
      <p className="muted small">
        Counted from the first sign-off to the first at Competent or above; corrected (superseded)
        sign-offs do not count. People first signed off at Competent or above have no time to
        measure and are left out of the median.
      </p>
      <div className="table-scroll">
        <table className="table table-compact">
          <caption className="sr-only">Median days to competent per competency</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col" className="num">
                Median
              </th>
              <th scope="col" className="num">
                Reached competent (n)
              </th>
              <th scope="col" className="num">
                Not yet
              </th>
              <th scope="col" className="num">
                Started at competent or above
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.competencies.map((c, i) => {
              const s = matrix.perCompetency[i];
              return (
                s && (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <SummaryCells s={s} />
                  </tr>
                )
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Whole cohort</th>
              <SummaryCells s={matrix.cohortSummary} />
            </tr>
          </tfoot>
        </table>
      </div>
      <details className="ttc-people">
        <summary>Per person ({plural(mentees.length, 'mentee', 'mentees')})</summary>
        <div className="table-scroll">
          <table className="table table-compact">
            <caption className="sr-only">Days to competent per mentee and competency</caption>
            <thead>
              <tr>
                <th scope="col">Mentee</th>
                {matrix.competencies.map((c) => (
                  <th key={c.id} scope="col" className="num">
                    {c.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mentees.map((r) => (
                <tr key={r.person.staffId}>
                  <th scope="row">{r.person.displayName}</th>
                  {r.cells.map((cell, i) => (
                    <td key={matrix.competencies[i]?.id ?? i} className="num">
                      {cellText(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

import type { Problem } from '../../../shared/result';
import { formatCount, formatDaysIn } from '../lib/format';

interface ProblemTableProps {
  problems: Problem[];
  /** All problems found, when only the first ones were sent. */
  total?: number;
  caption?: string;
}

/** Every problem with where it is (row, column), what was found and what was expected. */
export function ProblemTable({ problems, total, caption = 'Problems' }: ProblemTableProps) {
  if (problems.length === 0) return null;
  const all = Math.max(total ?? problems.length, problems.length);
  return (
    <div className="problem-table">
      <p className="problem-count">
        {all > problems.length
          ? `Showing the first ${formatCount(problems.length)} of ${formatCount(all)} problems.`
          : `${formatCount(all)} ${all === 1 ? 'problem' : 'problems'}.`}
      </p>
      <div className="table-scroll">
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Value found</th>
              <th scope="col">What was expected</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.row ?? '—'}</td>
                <td>{p.field ?? '—'}</td>
                <td className="problem-value">
                  {p.value === undefined ? '—' : p.value === '' ? '(empty)' : p.value}
                </td>
                <td>{formatDaysIn(p.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

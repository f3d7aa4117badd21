import type { MatchBreakdown } from '../../../../shared/domain/matching';

/** Each factor of a match score: its weight, the points it gave, and why, in words. */
export function BreakdownTable({
  breakdown,
  caption,
}: {
  breakdown: MatchBreakdown;
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="table table-compact breakdown-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col" className="num">
              Weight
            </th>
            <th scope="col" className="num">
              Points
            </th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.factors.map((f) => (
            <tr key={f.factor} className={f.weight === 0 ? 'muted' : undefined}>
              <th scope="row">{f.label}</th>
              <td className="num">{f.weight}</td>
              <td className="num">{f.weight === 0 ? '—' : f.points.toFixed(1)}</td>
              <td>{f.explanation}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Score</th>
            <td />
            <td className="num">
              <strong>{breakdown.score}</strong>
            </td>
            <td className="muted small">out of 100 (points are rounded)</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

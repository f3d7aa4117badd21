import type { FactorScore, MatchBreakdown } from '../../../../shared/domain/matching';

/**
 * The most a factor can earn: stored with newer breakdowns, derived from the weights for older
 * ones (100 × weight / Σ weights, as the scorer computes it).
 */
function maxOf(f: FactorScore, factors: readonly FactorScore[]): number {
  if (f.maxPoints !== undefined) return f.maxPoints;
  const total = factors.reduce((sum, x) => sum + x.weight, 0);
  return total === 0 ? 0 : Math.round((1000 * f.weight) / total) / 10;
}

const one = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * Each factor of a match score: its weight, the points it gave out of its maximum ("12.5 of
 * 20"), and why, in words. A factor without data says "No data: …" and earns none.
 */
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
              <td className="num">
                {f.weight === 0 ? '—' : `${one(f.points)} of ${one(maxOf(f, breakdown.factors))}`}
              </td>
              <td>{f.explanation}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Score</th>
            <td />
            <td className="num">
              <strong>{breakdown.score}</strong> of 100
            </td>
            <td className="muted small">
              Points are rounded; a factor with no data earns none of its share.
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

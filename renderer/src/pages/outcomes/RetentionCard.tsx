import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { Retention } from '../../../../shared/domain/outcomes';
import { formatCount } from '../../lib/format';
import { ChartCard } from './ChartCard';
import { pct } from './format';

const figure = (s: number | null, lo: number | null, hi: number | null) =>
  s === null ? 'not enough follow-up' : `${pct(s)} (95% CI ${pct(lo)}–${pct(hi)})`;

/** Survival step curves of both groups, with the 6/12/24-month figures and numbers at risk. */
export function RetentionCard({ retention }: { retention: Retention }) {
  const { mentees, comparison } = retention;
  const title = 'Retention: staff still employed, mentees vs not mentored';
  const table = {
    columns: [
      'Months',
      'Mentees still employed',
      'Mentees at risk',
      'Not mentored still employed',
      'Not mentored at risk',
    ],
    rows: [6, 12, 24].map((m, i) => {
      const a = mentees.figures[i];
      const b = comparison.figures[i];
      return [
        m,
        a ? figure(a.survival, a.lower, a.upper) : '—',
        a?.atRisk ?? 0,
        b ? figure(b.survival, b.lower, b.upper) : '—',
        b?.atRisk ?? 0,
      ];
    }),
  };
  const line = (data: typeof mentees.curve) =>
    data.map((p) => ({ month: p.month, survival: p.survival * 100 }));
  const twelve = mentees.figures[1];
  const longest = Math.max(
    6,
    ...mentees.curve.map((p) => p.month),
    ...comparison.curve.map((p) => p.month),
  );
  const ticks = Array.from({ length: Math.ceil(longest / 6) + 1 }, (_, i) => i * 6);
  return (
    <ChartCard
      title={title}
      n={`n = ${formatCount(mentees.n)} mentees (${formatCount(mentees.left)} left), ${formatCount(comparison.n)} not mentored (${formatCount(comparison.left)} left)`}
      summary={`Step chart of the share still employed by months since start. At 12 months: mentees ${twelve ? figure(twelve.survival, twelve.lower, twelve.upper) : 'not enough follow-up'}. The table has the 6, 12 and 24-month figures.`}
      table={table}
      chart={
        <LineChart
          width={620}
          height={300}
          margin={{ top: 10, right: 24, bottom: 24, left: 12 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e6eaee" />
          <XAxis
            type="number"
            dataKey="month"
            domain={[0, ticks.at(-1) ?? 6]}
            ticks={ticks}
            allowDuplicatedCategory={false}
            label={{ value: 'Months since start', position: 'insideBottom', offset: -12 }}
          />
          <YAxis
            domain={[0, 100]}
            label={{ value: 'Still employed (%)', angle: -90, position: 'insideLeft' }}
          />
          <Legend verticalAlign="top" />
          <Line
            data={line(mentees.curve)}
            dataKey="survival"
            name={mentees.label}
            type="stepAfter"
            stroke="#1f5fa8"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            data={line(comparison.curve)}
            dataKey="survival"
            name={comparison.label}
            type="stepAfter"
            stroke="#b35900"
            strokeDasharray="6 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      }
      note={
        <>
          Numbers at risk (mentees / not mentored):{' '}
          {mentees.atRisk
            .map((a, i) => `${a.month} mo ${a.n}/${comparison.atRisk[i]?.n ?? 0}`)
            .join(' · ')}
          . {retention.method}
        </>
      }
    />
  );
}

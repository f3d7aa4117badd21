import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { GoalView } from '../../../../shared/domain/goals';
import { plural } from '../../lib/format';
import { dayFromNumber, dayNumber, formatShortDay, formatValue } from './format';

const WIDTH = 460;
const HEIGHT = 280;

interface Point {
  x: number;
  value: number;
}

/** The projection is drawn only while it still matters: a running goal with a pace. */
function projectionLine(goal: GoalView): Point[] {
  const latest = goal.progress.at(-1);
  if (!latest || goal.projected === null) return [];
  if (goal.status !== 'on_track' && goal.status !== 'at_risk') return [];
  return [
    { x: dayNumber(latest.date), value: latest.value },
    { x: dayNumber(goal.dueDate), value: goal.projected },
  ];
}

/**
 * Value over time from the baseline on the start date, with the target line, the due date and
 * (for running goals) the projection. Fixed size, so it prints the same; a table sits beside it.
 */
export function GoalChart({ goal }: { goal: GoalView }) {
  const points: Point[] = [
    { x: dayNumber(goal.startDate), value: goal.baseline },
    ...goal.progress.map((p) => ({ x: dayNumber(p.date), value: p.value })),
  ];
  const projection = projectionLine(goal);
  const xs = [...points, ...projection].map((p) => p.x);
  const lowest = Math.min(0, goal.target, ...[...points, ...projection].map((p) => p.value));
  const xDomain = [dayNumber(goal.startDate), Math.max(dayNumber(goal.dueDate), ...xs)];
  const n = goal.progress.length;
  const title = `${goal.metric}: progress toward ${formatValue(goal.target, goal.unit)}`;
  const yLabel = goal.unit === '%' ? 'Percent' : goal.unit;
  const latest = goal.progress.at(-1);
  const summary = latest
    ? `Line chart: ${plural(n, 'entry', 'entries')}, latest ${formatValue(latest.value, goal.unit)} on ${formatShortDay(latest.date)}; target ${formatValue(goal.target, goal.unit)} by ${formatShortDay(goal.dueDate)}. The same values are in the table.`
    : `Line chart: no entries yet; target ${formatValue(goal.target, goal.unit)} by ${formatShortDay(goal.dueDate)}.`;

  return (
    <figure className="goal-chart" aria-label={title}>
      <figcaption>
        <span className="goal-chart-title">{title}</span>{' '}
        <span className="muted small">(n = {plural(n, 'entry', 'entries')})</span>
      </figcaption>
      <div role="img" aria-label={summary}>
        <LineChart
          width={WIDTH}
          height={HEIGHT}
          margin={{ top: 22, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e6eaee" />
          <XAxis
            type="number"
            dataKey="x"
            domain={xDomain}
            allowDuplicatedCategory={false}
            tickFormatter={(x: number) => formatShortDay(dayFromNumber(x))}
            tickCount={6}
            height={44}
            label={{ value: 'Date', position: 'insideBottom', offset: 0 }}
            stroke="#555f6b"
          />
          <YAxis
            type="number"
            domain={[lowest, 'auto']}
            allowDecimals={false}
            label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 14, fontSize: 12 }}
            stroke="#555f6b"
          />
          <ReferenceLine
            y={goal.target}
            ifOverflow="extendDomain"
            stroke="#1d6b35"
            strokeDasharray="6 3"
            label={{
              value: `Target ${formatValue(goal.target, goal.unit)}`,
              position: 'insideTopLeft',
              fill: '#1d6b35',
            }}
          />
          <ReferenceLine
            x={dayNumber(goal.dueDate)}
            stroke="#7a4f00"
            label={{ value: 'Due', position: 'top', fill: '#7a4f00' }}
          />
          <Legend verticalAlign="bottom" height={24} />
          <Line
            data={points}
            dataKey="value"
            name="Recorded value"
            stroke="#0b5cad"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          {projection.length > 0 && (
            <Line
              data={projection}
              dataKey="value"
              name="Projection at this pace"
              stroke="#555f6b"
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </div>
    </figure>
  );
}

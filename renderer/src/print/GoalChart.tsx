import type { PacketGoal } from '../../../shared/domain/printing';

/** Goals per chart: a chart never splits across pages, so long lists become several charts. */
export const GOALS_PER_CHART = 12;

const WIDTH = 680;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 130;
const BAR_LEFT = LABEL_WIDTH + 10;
const BAR_WIDTH = WIDTH - BAR_LEFT - VALUE_WIDTH;
const ROW = 24;
const TOP = 10;
const AXIS = 44;
const TICKS = [0, 25, 50, 75, 100];

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Goal progress as a fixed-size SVG bar chart: each goal's share of the way from baseline to
 * target, with its value and status written beside the bar (never colour alone). Hand-written
 * so the PDF is the same every time (no measuring, no animation).
 */
export function GoalChart({
  goals,
  first,
  caption,
}: {
  goals: PacketGoal[];
  first: number;
  caption: string;
}) {
  const height = TOP + goals.length * ROW + AXIS;
  const x = (percent: number) => BAR_LEFT + (BAR_WIDTH * percent) / 100;
  const axisY = TOP + goals.length * ROW;
  return (
    <figure className="goal-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={caption}
        xmlns="http://www.w3.org/2000/svg"
      >
        {TICKS.map((t) => (
          <g key={t}>
            <line
              x1={x(t)}
              x2={x(t)}
              y1={TOP - 4}
              y2={axisY}
              stroke="#999"
              strokeWidth={t === 0 ? 1.2 : 0.6}
              strokeDasharray={t === 0 ? undefined : '3 3'}
            />
            <text x={x(t)} y={axisY + 14} textAnchor="middle" fontSize="11">{`${t}%`}</text>
          </g>
        ))}
        <line x1={BAR_LEFT} x2={x(100)} y1={axisY} y2={axisY} stroke="#000" strokeWidth={1} />
        <text
          x={BAR_LEFT + BAR_WIDTH / 2}
          y={axisY + 34}
          textAnchor="middle"
          fontSize="11"
          fontWeight="bold"
        >
          Progress from baseline to target (%)
        </text>
        {goals.map((g, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={i}>
              <text x={LABEL_WIDTH} y={y + ROW / 2 + 4} textAnchor="end" fontSize="11">
                {`${first + i}. ${truncate(g.title, 38)}`}
              </text>
              <rect
                x={BAR_LEFT}
                y={y + 5}
                width={Math.max(0, x(g.percent) - BAR_LEFT)}
                height={ROW - 10}
                fill="#444"
              />
              <rect
                x={BAR_LEFT}
                y={y + 5}
                width={BAR_WIDTH}
                height={ROW - 10}
                fill="none"
                stroke="#000"
                strokeWidth={0.6}
              />
              <text x={x(100) + 6} y={y + ROW / 2 + 4} fontSize="11">
                {`${g.percent}% · ${g.statusLabel}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

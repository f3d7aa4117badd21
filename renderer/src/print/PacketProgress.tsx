import type { PacketDocument } from '../../../shared/domain/printing';
import { formatDay, formatNumber } from './format';
import { GoalChart, GOALS_PER_CHART } from './GoalChart';
import { Heading } from './Heading';

/** Status, dates and score of the pairing. */
export function PairingDetails({ doc }: { doc: PacketDocument }) {
  const { pairing, header } = doc;
  const locale = header.locale;
  return (
    <section>
      <Heading>1. Pairing</Heading>
      <table className="facts">
        <tbody>
          <tr>
            <th scope="row">Status</th>
            <td>
              {pairing.statusLabel}
              {pairing.endReason ? ` (${pairing.endReason})` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">Started</th>
            <td>{formatDay(pairing.startDate, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{pairing.open ? 'Planned end' : 'Ended'}</th>
            <td>{formatDay(pairing.endDate, locale)}</td>
          </tr>
          <tr>
            <th scope="row">Match score</th>
            <td>{pairing.score} out of 100, when the pairing was made</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function GoalProgress({ doc }: { doc: PacketDocument }) {
  const locale = doc.header.locale;
  const asOf = formatDay(doc.asOf, locale);
  return (
    <section>
      <Heading>2. Goal progress</Heading>
      {doc.goals.length === 0 ? (
        <p className="empty">No goals were set for this pairing by {asOf}.</p>
      ) : (
        <>
          {chunks(doc.goals, GOALS_PER_CHART).map((part, i) => (
            <GoalChart
              key={i}
              goals={part}
              first={i * GOALS_PER_CHART + 1}
              caption={`Progress of each goal towards its target on ${asOf}${
                doc.goals.length > GOALS_PER_CHART
                  ? ` (goals ${i * GOALS_PER_CHART + 1}–${i * GOALS_PER_CHART + part.length} of ${doc.goals.length})`
                  : ''
              }.`}
            />
          ))}
          <table className="goals">
            <colgroup>
              <col className="w5" />
              <col className="w37" />
              <col className="w9" />
              <col className="w9" />
              <col className="w9" />
              <col className="w9" />
              <col className="w11" />
              <col className="w11" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Goal and measure</th>
                <th scope="col" className="num">
                  Baseline
                </th>
                <th scope="col" className="num">
                  Latest
                </th>
                <th scope="col" className="num">
                  Target
                </th>
                <th scope="col" className="num">
                  Progress
                </th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {doc.goals.map((g, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td className="wrap goal-title">
                    {g.title}
                    <div className="sub">
                      {g.metric} ({g.unit}).{' '}
                      {g.milestonesTotal === 0
                        ? 'No milestones.'
                        : `Milestones: ${g.milestonesAchieved} of ${g.milestonesTotal} achieved.`}
                    </div>
                  </td>
                  <td className="num">{formatNumber(g.baseline, locale)}</td>
                  <td className="num">
                    {g.latest === null ? 'None yet' : formatNumber(g.latest, locale)}
                  </td>
                  <td className="num">{formatNumber(g.target, locale)}</td>
                  <td className="num">{g.percent}%</td>
                  <td>{g.statusLabel}</td>
                  <td>{formatDay(g.dueDate, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function MeetingsSection({ doc }: { doc: PacketDocument }) {
  const m = doc.meetings;
  const locale = doc.header.locale;
  return (
    <section>
      <Heading>3. Meetings held against the cadence</Heading>
      <p className="lead-in">
        Cadence: {m.cadenceLabel}.{' '}
        {m.expected === 0
          ? `No meetings were expected in ${doc.period.key} by ${formatDay(doc.asOf, locale)}.`
          : `${m.held} of ${m.expected} expected meetings held in ${doc.period.key} (${m.percent ?? 0}%).`}
        {m.extra > 0 ? ` ${m.extra} more held beyond the cadence.` : ''}
      </p>
      <table className="counts">
        <thead>
          <tr>
            <th scope="col" className="num">
              Expected
            </th>
            <th scope="col" className="num">
              Held
            </th>
            <th scope="col" className="num">
              Missed
            </th>
            <th scope="col" className="num">
              Cancelled
            </th>
            <th scope="col" className="num">
              Not recorded
            </th>
            <th scope="col" className="num">
              Extra
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="num">{m.expected}</td>
            <td className="num">{m.held}</td>
            <td className="num">{m.missed}</td>
            <td className="num">{m.cancelled}</td>
            <td className="num">{m.overdue}</td>
            <td className="num">{m.extra}</td>
          </tr>
        </tbody>
      </table>
      {m.meetings.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Date held</th>
              <th scope="col" className="num">
                Minutes
              </th>
              <th scope="col">Mode</th>
              <th scope="col">Topics</th>
            </tr>
          </thead>
          <tbody>
            {m.meetings.map((meeting, i) => (
              <tr key={i}>
                <td>{formatDay(meeting.date, locale)}</td>
                <td className="num">{meeting.minutes}</td>
                <td>{meeting.modeLabel}</td>
                <td className="wrap">
                  {meeting.topics.length > 0 ? meeting.topics.join('; ') : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

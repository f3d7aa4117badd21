import { useState } from 'react';
import { Link } from 'react-router-dom';
import { GOAL_STATUS_LABELS, type GoalStatus } from '../../../../shared/domain/goals';
import { MEETING_MODE_LABELS } from '../../../../shared/domain/meetings';
import type { CircleDetail, CircleMember } from '../../../../shared/domain/pairings';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { formatDay, plural } from '../../lib/format';
import { CircleMeetingForm } from './CircleMeetingForm';
import { PairingStatusBadge } from './PairingStatusBadge';
import { SharedGoalForm, SharedProgressForm } from './SharedGoalForms';
import './circle.css';

const statusWord = (s: string) => GOAL_STATUS_LABELS[s as GoalStatus] ?? s;

/**
 * A mentoring circle on its member's pairing page: its people with what counts for each of them
 * (their own meetings held of expected, circle meetings attended, goals), its shared meetings
 * with attendance, its shared goals and each member's personal goals.
 */
export function CircleSection({ circleId }: { circleId: number }) {
  const query = useApiQuery('pairings.circle', { id: circleId });
  const [circle, setCircle] = useState<CircleDetail | null>(null);
  const [open, setOpen] = useState<'meeting' | 'goal' | number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const c = circle ?? query.data;
  const saved = (message: string, next: CircleDetail) => {
    setCircle(next);
    setOpen(null);
    setNotice(message);
  };

  return (
    <section className="card circle-section" id="circle" aria-labelledby="circle-title">
      <h2 id="circle-title">{c ? `Mentoring circle: ${c.name}` : 'Mentoring circle'}</h2>
      <ErrorBanner error={query.error} />
      <Notice>{notice}</Notice>
      {c && (
        <>
          <p className="muted">
            {plural(c.mentors.length, 'mentor', 'mentors')} ·{' '}
            {plural(c.menteeCount, 'mentee', 'mentees')} · {c.programName} · {c.cohortCode}. Each
            mentee&apos;s meetings and goals count for them alone: a mentee absent from a circle
            meeting has not met.
          </p>
          <MembersTable circle={c} />

          <div className="section-head">
            <h3>Circle meetings</h3>
            {open !== 'meeting' && (
              <Can method="meetings.logCircle">
                <button type="button" className="button" onClick={() => setOpen('meeting')}>
                  Log a circle meeting
                </button>
              </Can>
            )}
          </div>
          {open === 'meeting' && (
            <CircleMeetingForm circle={c} onSaved={saved} onCancel={() => setOpen(null)} />
          )}
          {c.meetings.length === 0 ? (
            <p className="muted">No circle meeting logged yet.</p>
          ) : (
            <ul className="circle-meetings">
              {c.meetings.map((m) => {
                const absent = m.attendance.filter((a) => !a.present);
                return (
                  <li key={m.id}>
                    <strong>{formatDay(m.date)}</strong> · {MEETING_MODE_LABELS[m.mode]} ·{' '}
                    {m.durationMinutes} min · {m.attendance.length - absent.length} of{' '}
                    {m.attendance.length} present
                    {absent.length > 0 && (
                      <>
                        {' '}
                        · absent:{' '}
                        {absent.map((a) => `${a.displayName} (${a.reason ?? ''})`).join(', ')}
                      </>
                    )}
                    {m.topics.length > 0 && (
                      <div className="muted small">{m.topics.join(' · ')}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}

          <div className="section-head">
            <h3>Shared goals</h3>
            {open !== 'goal' && (
              <Can method="goals.createShared">
                <button type="button" className="button" onClick={() => setOpen('goal')}>
                  Set a shared goal
                </button>
              </Can>
            )}
          </div>
          {open === 'goal' && (
            <SharedGoalForm circle={c} onSaved={saved} onCancel={() => setOpen(null)} />
          )}
          {c.sharedGoals.length === 0 ? (
            <p className="muted">No shared goal yet.</p>
          ) : (
            <ul className="circle-goals">
              {c.sharedGoals.map((g) => (
                <li key={g.id}>
                  <strong>{g.title}</strong>:{' '}
                  {g.copies.map((x) => `${x.menteeName} ${statusWord(x.status)}`).join(' · ')}{' '}
                  {open !== g.id && (
                    <Can method="goals.recordSharedProgress">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setOpen(g.id)}
                        aria-label={`Record progress on ${g.title}`}
                      >
                        Record progress
                      </button>
                    </Can>
                  )}
                  {open === g.id && (
                    <SharedProgressForm
                      goal={g}
                      today={c.today}
                      onSaved={saved}
                      onCancel={() => setOpen(null)}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}

          <h3>Personal goals</h3>
          {c.personalGoals.length === 0 ? (
            <p className="muted">No personal goal yet: set one on a member&apos;s goals page.</p>
          ) : (
            <ul className="circle-goals">
              {c.personalGoals.map((g) => (
                <li key={g.goalId}>
                  <Link to={`/pairings/${g.pairingId}/goals`}>{g.menteeName}</Link>: {g.title} (
                  {statusWord(g.status)})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function meetingsCell(m: CircleMember): string {
  if (m.role === 'mentor') return '—';
  return m.expectedSoFar === 0
    ? 'None expected yet'
    : `${m.held ?? 0} of ${m.expectedSoFar ?? 0}${m.percent === null ? '' : ` (${m.percent}%)`}`;
}

function MembersTable({ circle }: { circle: CircleDetail }) {
  return (
    <div className="table-scroll">
      <table className="table circle-members">
        <caption className="table-caption">Members and what counts for each</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Pairing</th>
            <th scope="col">Circle meetings attended</th>
            <th scope="col">Own meetings held of expected</th>
            <th scope="col">Goals achieved</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {circle.members.map((m) => (
            <tr key={`${m.role}-${m.enrolmentId}`}>
              <th scope="row">
                <Link to={`/people/${m.person.staffId}`}>{m.person.displayName}</Link>
              </th>
              <td>{m.role === 'mentor' ? 'Mentor' : 'Mentee'}</td>
              <td>
                {m.pairingId !== null && m.pairingStatus !== null ? (
                  <Link
                    to={`/pairings/${m.pairingId}`}
                    aria-label={`${m.person.displayName}'s pairing`}
                  >
                    <PairingStatusBadge status={m.pairingStatus} />
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {m.attended} of {m.attended + m.absent}
              </td>
              <td>{meetingsCell(m)}</td>
              <td>{m.role === 'mentor' ? '—' : `${m.goalsAchieved ?? 0} of ${m.goals ?? 0}`}</td>
              <td>
                {[
                  m.noMeetingForTwiceCadence && 'No meeting for twice the cadence',
                  m.inactive && 'Inactive',
                ]
                  .filter(Boolean)
                  .join('; ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

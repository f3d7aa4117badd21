import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { END_REASON_LABELS } from '../../../../shared/domain/pairings';
import type { EnrolmentPerson } from '../../../../shared/domain/programs';
import { ROLE_LABELS, SHIFT_LABELS } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatDay, formatInstant, plural } from '../../lib/format';
import { EvaluationsSummary } from '../evaluations/EvaluationsSummary';
import { GoalsSummary } from '../goals/GoalsSummary';
import { MeetingsSummary } from '../meetings/MeetingsSummary';
import { PrintPacketButton } from '../printing/PrintPacketButton';
import { printPath } from '../printing/printRoutes';
import { BreakdownTable } from './BreakdownTable';
import { CircleSection } from './CircleSection';
import { PairingActions } from './PairingActions';
import { PairingStatusBadge } from './PairingStatusBadge';
import { Timeline } from './Timeline';
import '../../styles/blocks.css';
import '../../styles/pairing.css';

/**
 * One pairing: who, its status and dates, how its goals and meetings are going (with the way to
 * each), its score as made, its history and what can happen next.
 */
export function PairingDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useApiQuery('pairings.get', { id }, { enabled: valid });
  const p = query.data;
  const title = p ? `${p.mentee.displayName} with ${p.mentor.displayName}` : 'Pairing';

  const rows: [string, ReactNode][] = p
    ? [
        [p.reciprocal ? 'Peer' : 'Mentor', <Person person={p.mentor} />],
        [p.reciprocal ? 'Paired peer' : 'Mentee', <Person person={p.mentee} />],
        ...(p.reciprocal
          ? [['Format', 'Reciprocal peer pairing: each mentors the other'] as [string, ReactNode]]
          : []),
        ...(p.circleId !== null
          ? [['Circle', <a href="#circle">{p.circleName}</a>] as [string, ReactNode]]
          : []),
        ['Status', <PairingStatusBadge status={p.status} />],
        ['Start', p.startDate ? formatDay(p.startDate) : 'Not started (still a proposal)'],
        [
          p.status === 'completed' || p.status === 'ended_early' ? 'Ended' : 'Planned end',
          p.endDate ? formatDay(p.endDate) : '—',
        ],
        ...(p.endReason
          ? [['End reason', END_REASON_LABELS[p.endReason]] as [string, ReactNode]]
          : []),
        ['Made by', p.source === 'optimiser' ? 'The optimiser' : 'Placed by hand on the board'],
        ['Locked', p.locked ? 'Yes: optimising keeps it' : 'No'],
        ['Entered in Tandem', formatInstant(p.createdAt)],
      ]
    : [];

  return (
    <div className="page">
      <PageHeader
        title={title}
        breadcrumb={
          p ? (
            <>
              <Link to={`/cohorts/${p.cohortId}`}>{p.cohortCode}</Link>{' '}
              <span aria-hidden="true">›</span>{' '}
              <Link to={`/board/${p.cohortId}`}>Pairing board</Link>
            </>
          ) : (
            <Link to="/board">Pairing board</Link>
          )
        }
        subtitle={
          p && (
            <>
              <PairingStatusBadge status={p.status} /> · score {p.score} ·{' '}
              <Link to={`/audit?entity=pairing&entityId=${p.id}`}>Audit history</Link>
            </>
          )
        }
        action={
          p && (
            <div className="header-actions">
              {p.status === 'completed' && (
                <Link
                  className="button"
                  to={printPath({ kind: 'pairingCertificate', pairingId: p.id })}
                >
                  Print certificate
                </Link>
              )}
              {p.startDate !== null && <PrintPacketButton pairing={p} />}
            </div>
          )
        }
      />
      <ErrorBanner error={valid ? query.error : 'There is no pairing at this address.'} />
      {p && (
        <div className="summary-grid pairing-growth">
          {/* Keyed on the status and dates, so a pause, an end or an extension refreshes them. */}
          <GoalsSummary key={`goals-${p.status}-${p.endDate}`} pairingId={p.id} />
          <MeetingsSummary key={`meetings-${p.status}-${p.endDate}`} pairingId={p.id} />
          <EvaluationsSummary key={`evaluations-${p.status}-${p.endDate}`} pairingId={p.id} />
        </div>
      )}
      {p && p.circleId !== null && <CircleSection circleId={p.circleId} />}
      {p && (
        <div className="pairing-layout">
          <div className="stack">
            <dl className="detail-list detail-list-compact card">
              {rows.map(([label, value]) => (
                <div key={label} className="detail-row">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <section className="card" aria-labelledby="pairing-score">
              <h2 id="pairing-score">Score {p.score} as it was when the pairing was made</h2>
              <BreakdownTable breakdown={p.breakdown} caption={`Breakdown of score ${p.score}`} />
            </section>
          </div>
          <div className="stack">
            <section className="card" aria-labelledby="pairing-next">
              <h2 id="pairing-next">What can happen next</h2>
              <PairingActions pairing={p} onChanged={query.reload} />
            </section>
            <section className="card" aria-labelledby="pairing-timeline">
              <h2 id="pairing-timeline">Timeline</h2>
              <Timeline items={p.timeline} />
            </section>
          </div>
        </div>
      )}
    </div>
  );
}

function Person({ person }: { person: EnrolmentPerson }) {
  const facts = [
    person.role && ROLE_LABELS[person.role],
    person.unit,
    person.shift && SHIFT_LABELS[person.shift],
    person.yearsExperience !== null && plural(person.yearsExperience, 'year', 'years'),
  ].filter(Boolean);
  return (
    <>
      <Link to={`/people/${person.staffId}`}>{person.displayName}</Link>{' '}
      <span className="mono small">#{person.employeeNumber}</span>
      <div className="muted small">{facts.join(' · ')}</div>
    </>
  );
}

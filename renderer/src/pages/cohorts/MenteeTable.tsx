import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Enrolment, MenteeIntake } from '../../../../shared/domain/programs';
import { SHIFT_LABELS } from '../../../../shared/domain/staff';
import { useCan } from '../../app/SessionContext';
import { IntakeDialog, UNIT_PREFERENCE_WORDS } from './IntakeDialog';
import { WithdrawButton } from './WithdrawButton';

interface MenteeTableProps {
  mentees: Enrolment[];
  onChanged: () => void;
}

/** Mentees with a summary of their intake answers, editable in a dialog. */
export function MenteeTable({ mentees, onChanged }: MenteeTableProps) {
  const [editing, setEditing] = useState<Enrolment | null>(null);
  const canEdit = useCan('enrolments.update');
  const canEnrol = useCan('enrolments.add');
  if (mentees.length === 0) {
    return (
      <p className="muted">{canEnrol ? 'No mentees yet — enrol them above.' : 'No mentees yet.'}</p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="table table-compact enrolment-table">
        <caption className="sr-only">Mentees</caption>
        <thead>
          <tr>
            <th scope="col">Mentee</th>
            <th scope="col">Unit · shift</th>
            <th scope="col" className="num">
              Years
            </th>
            <th scope="col">Intake</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {mentees.map((m) =>
            m.withdrawn ? (
              <tr key={m.id} className="row-withdrawn">
                <th scope="row">{m.person.displayName}</th>
                <td colSpan={4}>
                  <span className="badge badge-neutral">Withdrawn</span>
                </td>
              </tr>
            ) : (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={`/people/${m.person.staffId}`}>{m.person.displayName}</Link>
                </th>
                <td>
                  {m.person.unit ?? '—'} · {m.person.shift ? SHIFT_LABELS[m.person.shift] : '—'}
                </td>
                <td className="num">{m.person.yearsExperience ?? '—'}</td>
                <td className="intake-cell">
                  <IntakeSummary intake={m.intake} />
                </td>
                <td className="enrolment-actions">
                  {canEdit && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Edit intake of ${m.person.displayName}`}
                      onClick={() => setEditing(m)}
                    >
                      Edit intake
                    </button>
                  )}
                  <WithdrawButton enrolment={m} onDone={onChanged} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {editing && (
        <IntakeDialog
          key={editing.id}
          enrolment={editing}
          open
          onClose={() => setEditing(null)}
          onSaved={onChanged}
        />
      )}
    </div>
  );
}

function IntakeSummary({ intake }: { intake: MenteeIntake | null }) {
  if (!intake) return <span className="muted">No intake answers yet</span>;
  const parts = [
    intake.competenciesWanted.length > 0 &&
      `Wants to learn: ${intake.competenciesWanted.join(', ')}`,
    intake.careerInterests.length > 0 && `Interests: ${intake.careerInterests.join(', ')}`,
    intake.preferredShift && `Prefers ${SHIFT_LABELS[intake.preferredShift].toLowerCase()} shift`,
    intake.unitPreference !== 'any' && UNIT_PREFERENCE_WORDS[intake.unitPreference],
    intake.languages.length > 0 && `Languages: ${intake.languages.join(', ')}`,
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0 && !intake.goals && !intake.preferences) {
    return <span className="muted">No intake answers yet</span>;
  }
  return (
    <>
      {intake.goals && <div className="intake-goals">{intake.goals}</div>}
      {parts.length > 0 && <div className="muted small">{parts.join(' · ')}</div>}
      {intake.preferences && <div className="muted small">“{intake.preferences}”</div>}
    </>
  );
}

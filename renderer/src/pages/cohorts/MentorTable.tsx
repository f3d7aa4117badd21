import { useState } from 'react';
import { formatDaysIn } from '../../lib/format';
import { Link } from 'react-router-dom';
import type { Enrolment } from '../../../../shared/domain/programs';
import { SHIFT_LABELS } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { sentence } from '../../components/Field';
import { problemsOf } from '../../lib/problems';
import { WithdrawButton } from './WithdrawButton';

interface MentorTableProps {
  mentors: Enrolment[];
  onChanged: () => void;
}

/** Mentors with what can be edited in place (capacity, what they can teach) and their training status. */
export function MentorTable({ mentors, onChanged }: MentorTableProps) {
  const canEnrol = useCan('enrolments.add');
  if (mentors.length === 0) {
    return (
      <p className="muted">{canEnrol ? 'No mentors yet — enrol them above.' : 'No mentors yet.'}</p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="table table-compact enrolment-table">
        <caption className="sr-only">Mentors</caption>
        <thead>
          <tr>
            <th scope="col">Mentor</th>
            <th scope="col">Unit · shift</th>
            <th scope="col" className="num">
              Years
            </th>
            <th scope="col">Mentees at once</th>
            <th scope="col">Training</th>
            <th scope="col">Can teach</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {mentors.map((m) => (
            <MentorRow key={m.id} mentor={m} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MentorRow({ mentor, onChanged }: { mentor: Enrolment; onChanged: () => void }) {
  const profile = mentor.mentorProfile ?? { strengths: [] };
  const [capacity, setCapacity] = useState(String(mentor.capacity ?? ''));
  const [strengths, setStrengths] = useState(profile.strengths.join(', '));
  const [error, setError] = useState<ApiError | null>(null);
  // A viewer reads capacity and strengths as text: an input would only lead to a refusal.
  const canEdit = useCan('enrolments.update');
  const name = mentor.person.displayName;
  // A newer saved value (after a save or a reload) replaces what the inputs hold.
  const savedKey = `${mentor.capacity}|${profile.strengths.join(', ')}`;
  const [seenKey, setSeenKey] = useState(savedKey);
  if (seenKey !== savedKey) {
    setSeenKey(savedKey);
    setCapacity(String(mentor.capacity ?? ''));
    setStrengths(profile.strengths.join(', '));
  }

  const save = async (changes: { capacity?: number; strengths?: string[] }) => {
    setError(null);
    const result = await api.call('enrolments.update', {
      id: mentor.id,
      ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
      ...(changes.capacity === undefined
        ? {
            mentorProfile: {
              strengths: changes.strengths ?? profile.strengths,
            },
          }
        : {}),
    });
    if (result.ok) onChanged();
    else setError(result.error);
  };

  const saveCapacity = () => {
    if (capacity === String(mentor.capacity ?? '')) return;
    const n = Number(capacity);
    if (capacity.trim() === '' || !Number.isInteger(n) || n < 0 || n > 20) {
      setError({ code: 'invalid_input', message: 'Mentees at once: a whole number from 0 to 20.' });
      return;
    }
    void save({ capacity: n });
  };
  const saveStrengths = () => {
    const list = strengths
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (JSON.stringify(list) !== JSON.stringify(profile.strengths)) void save({ strengths: list });
  };
  const problem = problemsOf(error)[0];

  if (mentor.withdrawn) {
    return (
      <tr className="row-withdrawn">
        <th scope="row">{name}</th>
        <td colSpan={6}>
          <span className="badge badge-neutral">Withdrawn</span>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        <Link to={`/people/${mentor.person.staffId}`}>{name}</Link>
        {mentor.person.status !== 'active' && (
          <span className="badge badge-warn">
            {mentor.person.status === 'on_leave' ? 'On leave' : 'Left'}
          </span>
        )}
        {error && (
          <p className="field-error" role="alert">
            {problem ? `${sentence(problem.message)}. ${error.message}` : error.message}
          </p>
        )}
      </th>
      <td>
        {mentor.person.unit ?? '—'} ·{' '}
        {mentor.person.shift ? SHIFT_LABELS[mentor.person.shift] : '—'}
      </td>
      <td className="num">{mentor.person.yearsExperience ?? '—'}</td>
      <td>
        {canEdit ? (
          <input
            className="capacity-input"
            inputMode="numeric"
            aria-label={`Mentees at once for ${name}`}
            aria-invalid={error && error.code === 'invalid_input' ? true : undefined}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            onBlur={saveCapacity}
            onKeyDown={(e) => {
              if (e.key === 'Enter') saveCapacity();
            }}
          />
        ) : (
          (mentor.capacity ?? '—')
        )}
      </td>
      <td>
        <TrainingStatus mentor={mentor} />
      </td>
      <td>
        {canEdit ? (
          <input
            className="strengths-input"
            aria-label={`What ${name} can teach (separate with commas)`}
            placeholder="e.g. IV insertion, Wound care"
            value={strengths}
            onChange={(e) => setStrengths(e.target.value)}
            onBlur={saveStrengths}
            onKeyDown={(e) => {
              if (e.key === 'Enter') saveStrengths();
            }}
          />
        ) : profile.strengths.length > 0 ? (
          profile.strengths.join(', ')
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <WithdrawButton enrolment={mentor} onDone={onChanged} />
      </td>
    </tr>
  );
}

/** Training comes from the training records; the link leads to where a completion is recorded. */
function TrainingStatus({ mentor }: { mentor: Enrolment }) {
  const canRecord = useCan('training.record');
  const missing = mentor.missingTraining;
  if (missing === null) return <span className="muted">Not required</span>;
  if (missing.length === 0) return <span className="badge badge-ok">Complete</span>;
  return (
    <span>
      <span className="badge badge-warn">Missing</span> {formatDaysIn(missing.join(', '))}.{' '}
      <Link to={`/training/people/${mentor.person.staffId}`}>
        {canRecord ? 'Record training' : 'Training record'}
        <span className="sr-only"> for {mentor.person.displayName}</span>
      </Link>
    </span>
  );
}

import { useState, type FormEvent } from 'react';
import {
  MEETING_MODES,
  MEETING_MODE_LABELS,
  type MeetingMode,
} from '../../../../shared/domain/meetings';
import type { CircleDetail } from '../../../../shared/domain/pairings';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';
import { formatDay } from '../../lib/format';

interface Props {
  circle: CircleDetail;
  onSaved: (message: string, next: CircleDetail) => void;
  onCancel: () => void;
}

interface Mark {
  present: boolean;
  reason: string;
}

/**
 * Logs one shared meeting of a circle with everyone's attendance: a Present / Absent choice per
 * person (radio buttons, so arrow keys move between them) and the reason for an absence.
 */
export function CircleMeetingForm({ circle, onSaved, onCancel }: Props) {
  const members = circle.members.filter(
    (m) => m.role === 'mentor' || m.pairingStatus === 'active' || m.pairingStatus === 'paused',
  );
  const [date, setDate] = useState(circle.today);
  const [duration, setDuration] = useState('60');
  const [mode, setMode] = useState<MeetingMode>('in_person');
  const [topics, setTopics] = useState('');
  const [notes, setNotes] = useState('');
  const [marks, setMarks] = useState<Record<number, Mark>>(() =>
    Object.fromEntries(members.map((m) => [m.enrolmentId, { present: true, reason: '' }])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const set = (id: number, change: Partial<Mark>) =>
    setMarks((all) => ({ ...all, [id]: { present: true, reason: '', ...all[id], ...change } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.call('meetings.logCircle', {
      circleId: circle.id,
      date,
      durationMinutes: duration.trim() === '' ? Number.NaN : Number(duration),
      mode,
      topics: topics
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean),
      notes,
      attendance: members.map((m) => {
        const mark = marks[m.enrolmentId] ?? { present: true, reason: '' };
        return {
          enrolmentId: m.enrolmentId,
          present: mark.present,
          reason: mark.present ? null : mark.reason,
        };
      }),
    });
    setBusy(false);
    if (result.ok) {
      const absent = members.filter((m) => marks[m.enrolmentId]?.present === false).length;
      onSaved(
        `Logged the circle meeting of ${formatDay(date)}: ${members.length - absent} present, ${absent} absent.`,
        result.value,
      );
    } else setError(result.error);
  };

  return (
    <form
      className="inline-panel circle-meeting-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Log a circle meeting"
    >
      <h3>Log a circle meeting</h3>
      <div className="form-grid">
        <TextField
          label="Date held"
          type="date"
          required
          max={circle.today}
          value={date}
          error={errors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label="Duration (minutes)"
          type="number"
          inputMode="numeric"
          required
          min={1}
          step={5}
          value={duration}
          error={errors.durationMinutes}
          onChange={(e) => setDuration(e.target.value)}
        />
        <SelectField
          label="Mode"
          required
          value={mode}
          options={MEETING_MODES.map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }))}
          onChange={(e) => setMode(e.target.value as MeetingMode)}
        />
      </div>
      <div className="table-scroll">
        <table className="table attendance-grid">
          <caption className="table-caption">Attendance: who was there</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Attendance</th>
              <th scope="col">Reason if absent</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const mark = marks[m.enrolmentId] ?? { present: true, reason: '' };
              const name = m.person.displayName;
              const group = `attendance-${m.enrolmentId}`;
              return (
                <tr key={m.enrolmentId}>
                  <th scope="row">{name}</th>
                  <td>{m.role === 'mentor' ? 'Mentor' : 'Mentee'}</td>
                  <td>
                    <div
                      role="radiogroup"
                      aria-label={`${name} attendance`}
                      className="attendance-choice"
                    >
                      <label>
                        <input
                          type="radio"
                          name={group}
                          checked={mark.present}
                          onChange={() => set(m.enrolmentId, { present: true })}
                        />{' '}
                        Present
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={group}
                          checked={!mark.present}
                          onChange={() => set(m.enrolmentId, { present: false })}
                        />{' '}
                        Absent
                      </label>
                    </div>
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={`Why ${name} was absent`}
                      disabled={mark.present}
                      value={mark.reason}
                      maxLength={300}
                      onChange={(e) => set(m.enrolmentId, { reason: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-grid">
        <TextAreaField
          label="Topics"
          hint="One topic per line."
          rows={2}
          value={topics}
          onChange={(e) => setTopics(e.target.value)}
        />
        <TextAreaField
          label="Notes"
          rows={2}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <ErrorBanner error={error && !errors.date && !errors.durationMinutes ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save circle meeting'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

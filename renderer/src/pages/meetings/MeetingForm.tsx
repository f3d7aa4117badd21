import { useState, type FormEvent } from 'react';
import {
  MEETING_MODES,
  MEETING_MODE_LABELS,
  type MeetingMode,
  type MeetingRecord,
} from '../../../../shared/domain/meetings';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { fieldErrorsFrom, problemsOf, type FieldErrors } from '../../lib/problems';
import { ActionItemsFields, type ActionItemDraft } from './ActionItemsFields';
import { formatMeetingDay } from './words';

interface MeetingFormProps {
  pairingId: number;
  today: string;
  /** The held meeting being corrected, if any. */
  record?: MeetingRecord;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Errors of `actionItems.N.field` problems, per item. */
function itemErrors(error: ApiError | null): FieldErrors[] {
  const result: FieldErrors[] = [];
  for (const p of problemsOf(error)) {
    const match = /^actionItems\.(\d+)\.(\w+)$/.exec(p.field ?? '');
    if (!match) continue;
    const index = Number(match[1]);
    const errors = (result[index] ??= {});
    errors[match[2] ?? ''] ??= p.message;
  }
  return result;
}

function draftsOf(record: MeetingRecord | undefined): ActionItemDraft[] {
  return (record?.actionItems ?? []).map((a) => ({
    key: -a.id,
    description: a.description,
    owner: a.owner,
    ownerName: a.ownerName ?? '',
    dueDate: a.dueDate,
  }));
}

/** Logs a held meeting, or corrects one; what was typed stays when something is refused. */
export function MeetingForm({ pairingId, today, record, onSaved, onCancel }: MeetingFormProps) {
  const [date, setDate] = useState(record?.date ?? today);
  const [duration, setDuration] = useState(
    record?.durationMinutes ? String(record.durationMinutes) : '',
  );
  const [mode, setMode] = useState<MeetingMode>(record?.mode ?? 'in_person');
  const [topics, setTopics] = useState(record?.topics.join('\n') ?? '');
  const [notes, setNotes] = useState(record?.notes ?? '');
  const [items, setItems] = useState<ActionItemDraft[]>(draftsOf(record));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const listError = problemsOf(error).find((p) => p.field === 'actionItems')?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const fields = {
      date,
      // NaN is refused by the schema as a missing number, with the message to match.
      durationMinutes: duration.trim() === '' ? Number.NaN : Number(duration),
      mode,
      topics: topics
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean),
      notes,
      actionItems: items.map(({ description, owner, ownerName, dueDate }) => ({
        description,
        owner,
        ownerName,
        dueDate,
      })),
    };
    const result = record
      ? await api.call('meetings.update', { ...fields, id: record.id })
      : await api.call('meetings.log', { ...fields, pairingId });
    setBusy(false);
    if (result.ok)
      onSaved(
        record
          ? `Saved the correction to the meeting of ${formatMeetingDay(result.value.date)}.`
          : `Logged the meeting of ${formatMeetingDay(result.value.date)}.`,
      );
    else setError(result.error);
  };

  return (
    <form
      className="meeting-form inline-panel"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={record ? 'Correct this meeting' : 'Log a meeting'}
    >
      <h3>{record ? 'Correct this meeting' : 'Log a meeting'}</h3>
      <div className="form-grid">
        <TextField
          label="Date held"
          type="date"
          required
          max={today}
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
          error={errors.mode}
          options={MEETING_MODES.map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }))}
          onChange={(e) => setMode(e.target.value as MeetingMode)}
        />
      </div>
      <div className="form-grid">
        <TextAreaField
          label="Topics"
          hint="One topic per line."
          rows={3}
          value={topics}
          error={errors.topics}
          onChange={(e) => setTopics(e.target.value)}
        />
        <TextAreaField
          label="Notes"
          className="field-wide"
          rows={3}
          value={notes}
          error={errors.notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <ActionItemsFields
        items={items}
        errors={itemErrors(error)}
        meetingDate={date}
        onChange={setItems}
      />
      {listError && <p className="field-error">{listError}</p>}
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : record ? 'Save correction' : 'Save meeting'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

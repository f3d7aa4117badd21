import { useState, type FormEvent } from 'react';
import type { CircleDetail, CircleSharedGoal } from '../../../../shared/domain/pairings';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

interface Saved {
  onSaved: (message: string, next: CircleDetail) => void;
  onCancel: () => void;
}

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** A SMART goal for the whole circle: each member's pairing gets its own copy. */
export function SharedGoalForm({ circle, onSaved, onCancel }: Saved & { circle: CircleDetail }) {
  const [title, setTitle] = useState('');
  const [metric, setMetric] = useState('');
  const [unit, setUnit] = useState('');
  const [baseline, setBaseline] = useState('0');
  const [target, setTarget] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.call('goals.createShared', {
      circleId: circle.id,
      title,
      metric,
      unit,
      baseline: numberOrNaN(baseline),
      target: numberOrNaN(target),
      dueDate,
    });
    setBusy(false);
    if (result.ok) onSaved(`Set the shared goal "${title.trim()}" for every member.`, result.value);
    else setError(result.error);
  };

  return (
    <form
      className="inline-panel"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Set a shared goal"
    >
      <h3>Set a shared goal</h3>
      <div className="form-grid">
        <TextField
          label="Goal"
          required
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField
          label="Measured by"
          required
          value={metric}
          error={errors.metric}
          onChange={(e) => setMetric(e.target.value)}
        />
        <TextField
          label="Unit"
          required
          value={unit}
          error={errors.unit}
          onChange={(e) => setUnit(e.target.value)}
        />
        <TextField
          label="Baseline"
          type="number"
          required
          value={baseline}
          error={errors.baseline}
          onChange={(e) => setBaseline(e.target.value)}
        />
        <TextField
          label="Target"
          type="number"
          required
          value={target}
          error={errors.target}
          onChange={(e) => setTarget(e.target.value)}
        />
        <TextField
          label="Due date"
          type="date"
          required
          value={dueDate}
          error={errors.dueDate}
          onChange={(e) => setDueDate(e.target.value)}
        />
      </div>
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save shared goal'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Where the circle stands on a shared goal, recorded on every member's copy. */
export function SharedProgressForm({
  goal,
  today,
  onSaved,
  onCancel,
}: Saved & { goal: CircleSharedGoal; today: string }) {
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.call('goals.recordSharedProgress', {
      circleGoalId: goal.id,
      date,
      value,
      note: '',
    });
    setBusy(false);
    if (result.ok) onSaved(`Recorded ${value} for "${goal.title}" for every member.`, result.value);
    else setError(result.error);
  };
  return (
    <form
      className="inline-panel"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Record progress on ${goal.title}`}
    >
      <div className="form-grid">
        <TextField
          label="Date"
          type="date"
          max={today}
          value={date}
          error={errors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label="Value"
          required
          value={value}
          error={errors.value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Record progress'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

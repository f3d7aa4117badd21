import { useState } from 'react';
import { GOAL_STATUS_LABELS, parseQuantity, type GoalView } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { formatDay } from '../../lib/format';
import { formatValue } from './format';
import { unplacedError, useAction } from './useAction';

interface ProgressFormProps {
  goal: GoalView;
  /** The application's today: the latest day progress can be recorded for. */
  today: string;
  onChanged: () => void;
}

/** Where the goal stands on a day: a number in the goal's unit (the form says which), and a note. */
export function ProgressForm({ goal, today, onChanged }: ProgressFormProps) {
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const unitWord = goal.unit === '%' ? 'percent' : goal.unit;

  const submit = async () => {
    setDone(null);
    // The same reading the service does, so a wrong unit is said before the round trip.
    const parsed = parseQuantity(value, goal.unit);
    setLocalError(parsed.ok ? undefined : parsed.message);
    if (!parsed.ok) return;
    const after = await action.run(() =>
      api.call('goals.recordProgress', { goalId: goal.id, date, value, note }),
    );
    if (!after) return;
    setDone(
      `Recorded ${formatValue(parsed.value, goal.unit)} on ${formatDay(date)}. The goal is now: ${GOAL_STATUS_LABELS[after.status]}.`,
    );
    setValue('');
    setNote('');
    onChanged();
  };

  return (
    <form
      className="form goal-progress-form"
      aria-label={`Record progress for “${goal.title}”`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 className="subheading">Record progress</h4>
      <div className="goal-form-row">
        <TextField
          label="Date"
          type="date"
          required
          max={today}
          min={goal.startDate}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={action.errors.date}
        />
        <TextField
          label={`Value (${unitWord})`}
          required
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setLocalError(undefined);
          }}
          error={localError ?? action.errors.value}
          hint={`A number of ${unitWord}; started at ${formatValue(goal.baseline, goal.unit)}, target ${formatValue(goal.target, goal.unit)}.`}
        />
      </div>
      <TextField
        label="Note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={action.errors.note}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record progress'}
        </button>
      </div>
      <ErrorBanner error={unplacedError(action.error, ['date', 'value', 'note'])} />
      <Notice>{done}</Notice>
    </form>
  );
}

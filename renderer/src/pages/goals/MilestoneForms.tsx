import { useState } from 'react';
import type { GoalView, Milestone } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { unplacedError, useAction } from './useAction';

interface AchieveFormProps {
  milestone: Milestone;
  today: string;
  min: string;
  onDone: () => void;
  onCancel: () => void;
}

/** The day a milestone was reached: today unless said otherwise, never in the future. */
export function AchieveForm({ milestone, today, min, onDone, onCancel }: AchieveFormProps) {
  const [day, setDay] = useState(today);
  const action = useAction();
  return (
    <form
      className="milestone-form"
      aria-label={`Mark “${milestone.title}” achieved`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action
          .run(() => api.call('goals.setMilestoneAchieved', { id: milestone.id, achievedOn: day }))
          .then((v) => v && onDone());
      }}
    >
      <TextField
        label="Achieved on"
        type="date"
        required
        max={today}
        min={min}
        value={day}
        onChange={(e) => setDay(e.target.value)}
        error={action.errors.achievedOn}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={action.busy}>
          Save
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorBanner error={unplacedError(action.error, ['achievedOn'])} />
    </form>
  );
}

/** A new milestone: a title and a due date within the goal. */
export function AddMilestoneForm({
  goal,
  onDone,
  onCancel,
}: {
  goal: GoalView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const action = useAction();
  return (
    <form
      className="milestone-form"
      aria-label={`New milestone for “${goal.title}”`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action
          .run(() => api.call('goals.addMilestone', { goalId: goal.id, title, dueDate }))
          .then((v) => v && onDone());
      }}
    >
      <TextField
        label="Milestone"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={action.errors.title}
      />
      <TextField
        label="Due date"
        type="date"
        required
        min={goal.startDate}
        max={goal.dueDate}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={action.errors.dueDate}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={action.busy}>
          Add
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorBanner error={unplacedError(action.error, ['title', 'dueDate'])} />
    </form>
  );
}

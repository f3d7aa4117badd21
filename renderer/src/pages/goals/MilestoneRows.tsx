import { TextField } from '../../components/Field';
import { milestoneRow, type GoalFormValues } from './goalForm';
import type { PathErrors } from './useAction';

interface MilestoneRowsProps {
  rows: GoalFormValues['milestones'];
  errors: PathErrors;
  onChange: (rows: GoalFormValues['milestones']) => void;
}

/** The new goal's milestones: a title and a due date per row, each with its own errors. */
export function MilestoneRows({ rows, errors, onChange }: MilestoneRowsProps) {
  const update = (key: number, field: 'title' | 'dueDate', value: string) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  return (
    <fieldset className="goal-fieldset">
      <legend>Milestones</legend>
      {rows.length === 0 && (
        <p className="muted small">No milestones yet. Milestones mark the way to the target.</p>
      )}
      <ol className="milestone-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="milestone-row">
            <TextField
              label={`Milestone ${i + 1}`}
              required
              value={r.title}
              onChange={(e) => update(r.key, 'title', e.target.value)}
              error={errors[`milestones.${i}.title`]}
            />
            <TextField
              label={`Milestone ${i + 1} due date`}
              type="date"
              required
              value={r.dueDate}
              onChange={(e) => update(r.key, 'dueDate', e.target.value)}
              error={errors[`milestones.${i}.dueDate`]}
            />
            <button
              type="button"
              className="button button-small milestone-remove"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              Remove<span className="sr-only"> milestone {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...rows, milestoneRow()])}
      >
        Add milestone
      </button>
    </fieldset>
  );
}

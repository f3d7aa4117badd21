import { useRef } from 'react';
import { TextField } from '../../components/Field';
import { milestoneDraft, type MilestoneDraft } from './goalForm';
import type { PathErrors } from './useAction';

/** How `when` is asked for, and the field name the server's problems use for it. */
const WHEN = {
  date: { label: 'due date', field: 'dueDate', type: 'date', inputMode: undefined },
  week: { label: 'week', field: 'week', type: 'text', inputMode: 'numeric' },
} as const;

interface MilestoneRowsProps {
  rows: MilestoneDraft[];
  kind: keyof typeof WHEN;
  errors: PathErrors;
  onChange: (rows: MilestoneDraft[]) => void;
  /** The row at this index was removed: it and the rows after it lose their errors. */
  onRemoved: (index: number) => void;
}

/** Milestones of a new goal or a template: a title and a when per row, each with its errors. */
export function MilestoneRows({ rows, kind, errors, onChange, onRemoved }: MilestoneRowsProps) {
  const when = WHEN[kind];
  // A removed row takes the focus with it; "Add milestone" is the one place that always stays.
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (key: number, field: 'title' | 'when', value: string) =>
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
              label={`Milestone ${i + 1} ${when.label}`}
              type={when.type}
              inputMode={when.inputMode}
              required
              value={r.when}
              onChange={(e) => update(r.key, 'when', e.target.value)}
              error={errors[`milestones.${i}.${when.field}`]}
            />
            <button
              type="button"
              className="button button-small milestone-remove"
              onClick={() => {
                onChange(rows.filter((x) => x.key !== r.key));
                onRemoved(i);
                addButton.current?.focus();
              }}
            >
              Remove<span className="sr-only"> milestone {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button button-small"
        onClick={() => onChange([...rows, milestoneDraft()])}
      >
        Add milestone
      </button>
    </fieldset>
  );
}

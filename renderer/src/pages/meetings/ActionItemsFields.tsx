import { addDays } from '../../../../shared/dates';
import {
  ACTION_OWNERS,
  ACTION_OWNER_LABELS,
  type ActionOwner,
} from '../../../../shared/domain/meetings';
import { SelectField, TextField } from '../../components/Field';
import type { FieldErrors } from '../../lib/problems';

export interface ActionItemDraft {
  key: number;
  description: string;
  owner: ActionOwner;
  ownerName: string;
  dueDate: string;
}

interface ActionItemsFieldsProps {
  items: ActionItemDraft[];
  /** Errors per item index, keyed by field. */
  errors: FieldErrors[];
  meetingDate: string;
  onChange: (items: ActionItemDraft[]) => void;
}

let nextKey = 1;
/** A new item, due a week after the meeting by default. */
export function blankItem(meetingDate: string): ActionItemDraft {
  nextKey += 1;
  const dueDate = /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) ? addDays(meetingDate, 7) : '';
  return { key: nextKey, description: '', owner: 'mentee', ownerName: '', dueDate };
}

/** Action items: what, who owns it (mentor, mentee, educator or a name) and when it is due. */
export function ActionItemsFields({
  items,
  errors,
  meetingDate,
  onChange,
}: ActionItemsFieldsProps) {
  const update = (index: number, patch: Partial<ActionItemDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="action-items">
      <legend>Action items</legend>
      {items.length === 0 && <p className="muted small">None yet.</p>}
      {items.map((item, index) => {
        const e = errors[index] ?? {};
        const n = index + 1;
        return (
          <div
            key={item.key}
            className="action-item-row"
            role="group"
            aria-label={`Action item ${n}`}
          >
            <TextField
              label={`Action ${n}: what is to be done`}
              required
              value={item.description}
              error={e.description}
              onChange={(ev) => update(index, { description: ev.target.value })}
            />
            <SelectField
              label={`Owner (action ${n})`}
              value={item.owner}
              error={e.owner}
              options={ACTION_OWNERS.map((o) => ({ value: o, label: ACTION_OWNER_LABELS[o] }))}
              onChange={(ev) => update(index, { owner: ev.target.value as ActionOwner })}
            />
            {item.owner === 'other' && (
              <TextField
                label={`Owner's name (action ${n})`}
                required
                value={item.ownerName}
                error={e.ownerName}
                onChange={(ev) => update(index, { ownerName: ev.target.value })}
              />
            )}
            <TextField
              label={`Due date (action ${n})`}
              type="date"
              required
              min={meetingDate}
              value={item.dueDate}
              error={e.dueDate}
              onChange={(ev) => update(index, { dueDate: ev.target.value })}
            />
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove action {n}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...items, blankItem(meetingDate)])}
      >
        Add an action item
      </button>
    </fieldset>
  );
}

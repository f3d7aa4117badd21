import { useRef, useState, type FormEvent } from 'react';
import {
  FORM_AUDIENCE_LABELS,
  PLAN_RULE_LABELS,
  PLAN_RULES,
  type FormSummary,
  type PlanItem,
  type PlanRule,
} from '../../../../shared/domain/evaluations';
import { api } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { plural } from '../../lib/format';
import { unplacedError, useAction } from '../goals/useAction';

interface Row {
  uid: number;
  formId: number;
  rule: PlanRule;
}

let nextUid = 1;

interface PlanEditorProps {
  programId: number;
  programName: string;
  plan: PlanItem[];
  forms: FormSummary[];
}

/** Which forms a program asks for and when; saved as a whole, so a half-made plan is never used. */
export function PlanEditor({ programId, programName, plan, forms }: PlanEditorProps) {
  const [rows, setRows] = useState<Row[]>(() =>
    plan.map((p) => ({ uid: nextUid++, formId: p.formId, rule: p.rule })),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const errors = action.errors;
  const addButton = useRef<HTMLButtonElement>(null);
  const formOptions = forms.map((f) => ({
    value: String(f.id),
    label: `${f.name} (${FORM_AUDIENCE_LABELS[f.audience].toLowerCase()})`,
  }));
  const update = (uid: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.uid === uid ? { ...r, ...patch } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const saved = await action.run(() =>
      api.call('evaluations.setPlan', {
        programId,
        items: rows.map((r) => ({ formId: r.formId, rule: r.rule })),
      }),
    );
    if (saved) {
      setNotice(
        `Saved: ${programName} asks for ${plural(saved.length, 'form', 'forms')}. Due evaluations follow the new plan.`,
      );
    }
  };

  const shown = rows.flatMap((_, i) => [`items.${i}.formId`, `items.${i}.rule`, `items.${i}`]);
  return (
    <form className="form plan-editor" noValidate onSubmit={(e) => void submit(e)}>
      {rows.length === 0 && (
        <p className="muted">
          This program asks for no evaluations. Add a form to start collecting feedback.
        </p>
      )}
      <ol className="plan-rows">
        {rows.map((r, i) => (
          <li key={r.uid} className="plan-row">
            <SelectField
              label={`Form ${i + 1}`}
              value={String(r.formId)}
              onChange={(e) => update(r.uid, { formId: Number(e.target.value) })}
              error={errors[`items.${i}.formId`] ?? errors[`items.${i}`]}
              options={formOptions}
            />
            <SelectField
              label={`When form ${i + 1} is asked for`}
              value={r.rule}
              onChange={(e) => update(r.uid, { rule: e.target.value as PlanRule })}
              error={errors[`items.${i}.rule`]}
              options={PLAN_RULES.map((rule) => ({ value: rule, label: PLAN_RULE_LABELS[rule] }))}
            />
            <button
              type="button"
              className="button button-small plan-remove"
              onClick={() => {
                action.setError(null);
                setRows((rs) => rs.filter((x) => x.uid !== r.uid));
                addButton.current?.focus();
              }}
            >
              Remove<span className="sr-only"> form {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button
          ref={addButton}
          type="button"
          className="button button-small"
          disabled={forms.length === 0}
          onClick={() => {
            const first = forms[0];
            if (first)
              setRows((rs) => [...rs, { uid: nextUid++, formId: first.id, rule: 'quarterly' }]);
          }}
        >
          Add a form to the plan
        </button>
      </div>
      <ErrorBanner error={unplacedError(action.error, shown)} />
      <Notice>{notice}</Notice>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {action.busy ? 'Saving…' : 'Save plan'}
        </button>
      </div>
    </form>
  );
}

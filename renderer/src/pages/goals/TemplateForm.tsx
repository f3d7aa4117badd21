import { useState } from 'react';
import { parseQuantity, type GoalTemplate } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { milestoneDraft, type MilestoneDraft } from './goalForm';
import { MilestoneRows } from './MilestoneRows';
import { MeasureFields, PlanFields } from './SmartFields';
import {
  forgetPaths,
  forgetProblems,
  rowsFrom,
  unplacedError,
  useAction,
  type PathErrors,
} from './useAction';

interface TemplateFormProps {
  programId: number;
  template?: GoalTemplate;
  onDone: () => void;
  onCancel: () => void;
}

/** A goal template: the SMART fields with weeks instead of dates. */
export function TemplateForm({ programId, template, onDone, onCancel }: TemplateFormProps) {
  const t = template;
  const [v, setV] = useState({
    title: t?.title ?? '',
    metric: t?.metric ?? '',
    unit: t?.unit ?? '',
    baseline: t ? String(t.baseline) : '',
    target: t ? String(t.target) : '',
    plan: t?.plan ?? '',
    relevance: t?.relevance ?? '',
    dueWeek: t ? String(t.dueWeek) : '',
  });
  const [rows, setRows] = useState<MilestoneDraft[]>(
    (t?.milestones ?? []).map((m) => milestoneDraft(m.title, String(m.week))),
  );
  const [local, setLocal] = useState<PathErrors>({});
  const action = useAction();
  const forgetMilestoneErrors = (removed: number) => {
    const renumbered = rowsFrom('milestones', removed);
    action.setError((e) => forgetProblems(e, renumbered));
    setLocal((l) => forgetPaths(l, renumbered));
  };
  const errors = { ...action.errors, ...local };
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [key]: e.target.value }));

  const submit = async () => {
    const found: PathErrors = {};
    const num = (key: 'baseline' | 'target') => {
      const r = parseQuantity(v[key], v.unit.trim() || 'the goal unit');
      if (!r.ok) found[key] = r.message;
      return r.ok ? r.value : 0;
    };
    const whole = (text: string, path: string) => {
      if (!/^\d+$/.test(text.trim())) found[path] = 'a whole number of weeks';
      return Number(text);
    };
    const input = {
      programId,
      title: v.title,
      metric: v.metric,
      unit: v.unit,
      baseline: num('baseline'),
      target: num('target'),
      plan: v.plan,
      relevance: v.relevance,
      dueWeek: whole(v.dueWeek, 'dueWeek'),
      milestones: rows.map((r, i) => ({
        title: r.title,
        week: whole(r.when, `milestones.${i}.week`),
      })),
    };
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    const saved = await action.run(() =>
      t
        ? api.call('goals.updateTemplate', { id: t.id, template: input })
        : api.call('goals.createTemplate', input),
    );
    if (saved) onDone();
  };

  const shown = [
    'title',
    'metric',
    'unit',
    'baseline',
    'target',
    'plan',
    'relevance',
    'dueWeek',
    ...rows.flatMap((_, i) => [`milestones.${i}.title`, `milestones.${i}.week`]),
  ];
  return (
    <form
      className="form inline-panel"
      aria-label={t ? `Edit template “${t.title}”` : 'New goal template'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 className="subheading">{t ? 'Edit template' : 'New goal template'}</h2>
      <div className="form-grid">
        <MeasureFields values={v} set={set} errors={errors} />
        <TextField
          label="Due (weeks from start)"
          required
          inputMode="numeric"
          value={v.dueWeek}
          onChange={set('dueWeek')}
          error={errors.dueWeek}
        />
        <PlanFields values={v} set={set} errors={errors} />
      </div>
      <MilestoneRows
        rows={rows}
        kind="week"
        errors={errors}
        onChange={setRows}
        onRemoved={forgetMilestoneErrors}
      />
      <ErrorBanner error={unplacedError(action.error, shown)} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {t ? 'Save changes' : 'Save template'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

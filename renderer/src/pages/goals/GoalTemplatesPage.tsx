import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { GoalTemplate } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../lib/format';
import { formatValue } from './format';
import { TemplateForm } from './TemplateForm';
import { useAction } from './useAction';
import '../../styles/blocks.css';
import '../../styles/goals.css';

/** `/goals/templates`: each program's goal templates, to start pairings' goals from. */
export function GoalTemplatesPage() {
  const [params, setParams] = useSearchParams();
  const programs = useApiQuery('programs.list', {});
  const programId = Number(params.get('program') ?? programs.data?.[0]?.id ?? 0);
  const templates = useApiQuery('goals.templates', { programId }, { enabled: programId > 0 });
  const [editing, setEditing] = useState<GoalTemplate | 'new' | null>(null);
  const [removing, setRemoving] = useState<GoalTemplate | null>(null);
  const action = useAction();
  const list = templates.data ?? [];
  // A viewer reads the templates; writing them is for educators.
  const canCreate = useCan('goals.createTemplate');
  const canUpdate = useCan('goals.updateTemplate');
  const canRemove = useCan('goals.removeTemplate');
  const rowActions = canUpdate || canRemove;

  const remove = async () => {
    const id = removing?.id;
    if (id === undefined) return;
    const done = await action.run(() => api.call('goals.removeTemplate', { id }));
    setRemoving(null);
    if (done) templates.reload();
  };

  return (
    <div className="page">
      <PageHeader
        title="Goal templates"
        breadcrumb={<Link to="/goals">Goals</Link>}
        subtitle="Goals a program's pairings often share; weeks count from each goal's start."
        action={
          programId > 0 && editing === null && canCreate ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing('new')}
            >
              New template
            </button>
          ) : undefined
        }
      />
      <ErrorBanner error={programs.error ?? templates.error ?? action.error} />
      <div className="goals-toolbar">
        <SelectField
          label="Program"
          value={programId > 0 ? String(programId) : ''}
          onChange={(e) => {
            setEditing(null);
            setParams({ program: e.target.value });
          }}
          options={(programs.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
        />
      </div>
      {editing !== null && programId > 0 && (
        <TemplateForm
          key={editing === 'new' ? 'new' : editing.id}
          programId={programId}
          template={editing === 'new' ? undefined : editing}
          onDone={() => {
            setEditing(null);
            templates.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {templates.data && list.length === 0 ? (
        <EmptyState title="No goal templates for this program yet">
          {canCreate
            ? 'Add one with “New template”; pairings can then start goals from it.'
            : 'Educators add them here; pairings can then start goals from them.'}
        </EmptyState>
      ) : (
        <div className="table-scroll card">
          <table className="table">
            <caption className="sr-only">Goal templates ({formatCount(list.length)})</caption>
            <thead>
              <tr>
                <th scope="col">Goal</th>
                <th scope="col">Measure</th>
                <th scope="col" className="num">
                  Due
                </th>
                <th scope="col">Milestones</th>
                {rowActions && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.title}</th>
                  <td>
                    {t.metric}: {formatValue(t.baseline, t.unit)} → {formatValue(t.target, t.unit)}
                  </td>
                  <td className="num nowrap">week {t.dueWeek}</td>
                  <td className="small">
                    {t.milestones.length === 0
                      ? '—'
                      : t.milestones.map((m) => `${m.title} (week ${m.week})`).join('; ')}
                  </td>
                  {rowActions && (
                    <td className="nowrap row-actions">
                      {canUpdate && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Edit template: ${t.title}`}
                          onClick={() => setEditing(t)}
                        >
                          Edit
                        </button>
                      )}
                      {canRemove && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Remove template: ${t.title}`}
                          onClick={() => setRemoving(t)}
                        >
                          Remove
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this goal template?"
        confirmLabel="Remove template"
        danger
        busy={action.busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p>
          “{removing?.title}” will no longer be offered. Goals already started from it keep their
          own fields.
        </p>
      </ConfirmDialog>
    </div>
  );
}

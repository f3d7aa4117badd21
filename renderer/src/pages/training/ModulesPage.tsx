import { useState } from 'react';
import { TRAINING_AUDIENCE_LABELS, type TrainingModule } from '../../../../shared/domain/training';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, plural } from '../../lib/format';
import { ModuleForm } from './ModuleForm';
import { TrainingTabs } from './TrainingTabs';
import '../../styles/blocks.css';
import '../../styles/training.css';

/** The training catalogue: what each module is for, whether it is required, how long it lasts. */
export function TrainingModulesPage() {
  const modules = useApiQuery('training.modules', {});
  // 'new' adds a module; a module edits it; null shows no form.
  const [editing, setEditing] = useState<TrainingModule | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = modules.data ?? [];

  return (
    <div className="page">
      <PageHeader
        title="Training"
        subtitle={
          modules.data
            ? `${plural(items.length, 'module', 'modules')} in the catalogue.`
            : 'Loading modules…'
        }
        action={
          <Can method="training.createModule">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
            >
              Add module
            </button>
          </Can>
        }
      />
      <TrainingTabs />
      <ErrorBanner error={modules.error} />
      <Notice>{notice}</Notice>
      {editing !== null && (
        <ModuleForm
          key={editing === 'new' ? 'new' : editing.id}
          module={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(`Saved “${saved.name}”.`);
            modules.reload();
          }}
        />
      )}
      <div className="table-scroll">
        <table className="table modules-table">
          <caption className="sr-only">Training modules</caption>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">For</th>
              <th scope="col">Required</th>
              <th scope="col">Valid for</th>
              <th scope="col">Required by programs</th>
              <th scope="col" className="num">
                Completions
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  {m.description && (
                    <span className="muted small block module-description">{m.description}</span>
                  )}
                </th>
                <td>{TRAINING_AUDIENCE_LABELS[m.audience]}</td>
                <td>{m.required ? 'Required' : 'Optional'}</td>
                <td className="nowrap">
                  {m.validMonths === null ? 'No expiry' : plural(m.validMonths, 'month', 'months')}
                </td>
                <td>
                  {m.requiredByPrograms.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    m.requiredByPrograms.join(', ')
                  )}
                </td>
                <td className="num">{formatCount(m.completionCount)}</td>
                <td>
                  <Can method="training.updateModule">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Edit ${m.name}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(m);
                      }}
                    >
                      Edit
                    </button>
                  </Can>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Competency } from '../../../../shared/domain/competencies';
import { ROLE_LABELS } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../lib/format';
import { CompetencyForm } from './CompetencyForm';
import '../../styles/blocks.css';
import '../../styles/competencies.css';

/** The facility's competency catalogue: what can be signed off, for which disciplines. */
export function CataloguePage() {
  const searchId = useId();
  const catalogue = useApiQuery('competencies.list', {});
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Competency | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const all = catalogue.data ?? [];
  const needle = search.trim().toLowerCase();
  const shown = all.filter(
    (c) => needle === '' || `${c.name} ${c.category}`.toLowerCase().includes(needle),
  );
  const categories = [...new Set(all.map((c) => c.category))].sort((a, b) => a.localeCompare(b));

  return (
    <div className="page">
      <PageHeader
        title="Competency catalogue"
        breadcrumb={<Link to="/competencies">Competencies</Link>}
        subtitle="The skills your facility signs off, on Benner’s novice-to-expert scale."
        action={
          <Can method="competencies.create">
            <button
              type="button"
              className="button button-primary"
              disabled={editing !== null}
              onClick={() => setEditing('new')}
            >
              Add competency
            </button>
          </Can>
        }
      />
      <ErrorBanner error={catalogue.error} />
      <Notice>{notice}</Notice>
      {editing !== null && (
        <CompetencyForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          categories={categories}
          onCancel={() => setEditing(null)}
          onDone={(c) => {
            setNotice(`${c.name} ${editing === 'new' ? 'added to' : 'saved in'} the catalogue.`);
            setEditing(null);
            catalogue.reload();
          }}
        />
      )}
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor={searchId}>Search</label>
          <input
            id={searchId}
            type="search"
            placeholder="Name or category"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        {catalogue.data && (
          <p className="row-count" role="status">
            {formatCount(shown.length)} of {formatCount(all.length)} competencies
          </p>
        )}
      </div>
      <div className="table-scroll">
        <table className="table catalogue-table">
          <caption className="sr-only">Competency catalogue</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Category</th>
              <th scope="col">Disciplines</th>
              <th scope="col" className="num">
                Sign-offs
              </th>
              <th scope="col">Source</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.name}
                  {c.description && (
                    <span className="muted small history-recorded">{c.description}</span>
                  )}
                </th>
                <td>{c.category}</td>
                <td>{c.disciplines.map((d) => ROLE_LABELS[d]).join(', ')}</td>
                <td className="num">{formatCount(c.signOffCount)}</td>
                <td>{c.origin === 'starter' ? 'Starter set' : 'Added here'}</td>
                <td>
                  <Can method="competencies.update">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={editing !== null}
                      aria-label={`Edit ${c.name}`}
                      onClick={() => setEditing(c)}
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

import { Link } from 'react-router-dom';
import {
  ANONYMITY_LABELS,
  FORM_AUDIENCE_LABELS,
  FORM_PURPOSE_LABELS,
} from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, plural } from '../../lib/format';
import { printPath } from '../printing/printRoutes';
import { EvaluationsTabs } from './EvaluationsTabs';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

/** `/evaluations/forms`: every feedback form, who answers it, why, and how anonymous it is. */
export function FormsPage() {
  const forms = useApiQuery('evaluations.forms', {});
  const list = forms.data ?? [];
  return (
    <div className="page">
      <PageHeader
        title="Evaluations"
        subtitle={forms.data ? plural(list.length, 'form', 'forms') : 'Loading forms…'}
        action={
          <Can method="evaluations.createForm">
            <Link className="button button-primary" to="/evaluations/forms/new">
              New form
            </Link>
          </Can>
        }
      />
      <EvaluationsTabs />
      <ErrorBanner error={forms.error} onRetry={forms.reload} />
      {forms.data && list.length === 0 && (
        <EmptyState title="No forms yet">
          Create one with “New form”: sections of questions for mentors, mentees or educators.
        </EmptyState>
      )}
      {list.length > 0 && (
        <div className="table-scroll">
          <table className="table forms-table">
            <caption className="sr-only">Feedback forms ({formatCount(list.length)})</caption>
            <thead>
              <tr>
                <th scope="col">Form</th>
                <th scope="col">Answered by</th>
                <th scope="col">Purpose</th>
                <th scope="col">Anonymity</th>
                <th scope="col">Latest version</th>
                <th scope="col" className="num">
                  Responses
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link to={`/evaluations/forms/${f.id}`}>{f.name}</Link>
                    {f.origin === 'starter' && (
                      <span className="muted small block">Starter form from Tandem</span>
                    )}
                  </th>
                  <td>{FORM_AUDIENCE_LABELS[f.audience]}</td>
                  <td>{FORM_PURPOSE_LABELS[f.purpose]}</td>
                  <td>{ANONYMITY_LABELS[f.anonymity]}</td>
                  <td className="nowrap">
                    Version {f.latestVersion}
                    {f.versionCount > 1 && (
                      <span className="muted small block">
                        {plural(f.versionCount, 'version', 'versions')} in all
                      </span>
                    )}
                  </td>
                  <td className="num">{formatCount(f.responseCount)}</td>
                  <td>
                    <div className="row-actions">
                      <Can method="evaluations.updateForm">
                        <Link
                          className="button button-small"
                          to={`/evaluations/forms/${f.id}/edit`}
                          aria-label={`Edit ${f.name}`}
                        >
                          Edit
                        </Link>
                      </Can>
                      <Link
                        className="link-button small"
                        to={printPath({ kind: 'blankForm', formVersionId: f.latestVersionId })}
                        aria-label={`Print blank form: ${f.name}, version ${f.latestVersion}`}
                      >
                        Print blank form
                      </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

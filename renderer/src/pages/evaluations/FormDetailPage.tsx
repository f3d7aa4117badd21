import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import {
  ANONYMITY_STATEMENTS,
  FORM_AUDIENCE_LABELS,
  FORM_PURPOSE_LABELS,
} from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatInstant } from '../../lib/format';
import { printPath } from '../printing/printRoutes';
import { usePrintTarget } from '../printing/printTarget';
import { FormVersionView } from './FormVersionView';
import { versionState } from './versionWords';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

/** `/evaluations/forms/:id`: a form's versions (frozen ones say so) and its questions. */
export function FormDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useSearchParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const form = useApiQuery('evaluations.form', { formId: id }, { enabled: valid });
  const f = form.data;
  const wanted = Number(params.get('version'));
  const shown = f?.versions.find((v) => v.id === wanted) ?? f?.versions[0];
  const blank = shown ? printPath({ kind: 'blankForm', formVersionId: shown.id }) : null;
  usePrintTarget(blank);

  return (
    <div className="page">
      <PageHeader
        title={f ? f.name : 'Form'}
        breadcrumb={
          <>
            <Link to="/evaluations">Evaluations</Link> <span aria-hidden="true">›</span>{' '}
            <Link to="/evaluations/forms">Forms</Link>
          </>
        }
        subtitle={
          f &&
          `Answered by ${FORM_AUDIENCE_LABELS[f.audience].toLowerCase()}s · ${FORM_PURPOSE_LABELS[f.purpose]}`
        }
        action={
          f && (
            <Can method="evaluations.updateForm">
              <Link className="button button-primary" to={`/evaluations/forms/${f.id}/edit`}>
                Edit form
              </Link>
            </Can>
          )
        }
      />
      <ErrorBanner
        error={valid ? form.error : 'There is no form at this address.'}
        onRetry={valid ? form.reload : undefined}
      />
      <Notice>{notice}</Notice>
      {f && shown && (
        <>
          <p className="anonymity-statement" role="note">
            <span className="banner-word">What respondents are told:</span>{' '}
            {ANONYMITY_STATEMENTS[shown.anonymity]}
          </p>
          <div className="form-detail-layout">
            <section className="card" aria-labelledby="form-versions">
              <h2 id="form-versions">Versions</h2>
              <p className="muted small">
                A version that has responses is frozen, so every response keeps the questions it
                answered. Editing it makes a new version.
              </p>
              <ol className="version-list">
                {f.versions.map((v) => (
                  <li key={v.id} className={v.id === shown.id ? 'version-current' : undefined}>
                    <button
                      type="button"
                      className="link-button"
                      aria-current={v.id === shown.id ? 'true' : undefined}
                      onClick={() => setParams({ version: String(v.id) }, { replace: true })}
                    >
                      {versionState(v)}
                    </button>
                    <span className="muted small block">
                      Saved {formatInstant(v.createdAt)} by {v.createdBy}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
            <section className="card" aria-labelledby="form-questions">
              <div className="section-head">
                <h2 id="form-questions">Questions of version {shown.version}</h2>
                {blank && (
                  <Link className="button button-small" to={blank}>
                    Print blank form
                  </Link>
                )}
              </div>
              <FormVersionView version={shown} />
            </section>
          </div>
        </>
      )}
    </div>
  );
}

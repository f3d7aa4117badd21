import { Link, useNavigate, useParams } from 'react-router-dom';
import type { FormUpdateResult } from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { plural } from '../../lib/format';
import { FormEditor } from './FormEditor';
import { draftOf, newForm, withKeys } from './formDraft';
import { ViewerNote } from '../../components/ViewerNote';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

const breadcrumb = (
  <>
    <Link to="/evaluations">Evaluations</Link> <span aria-hidden="true">›</span>{' '}
    <Link to="/evaluations/forms">Forms</Link>
  </>
);

/** What happened to the versions, in the words of the brief: nothing answered is ever changed. */
function savedNotice(saved: FormUpdateResult, before: number | null): string {
  if (before === null) return `“${saved.form.name}” was created as version 1.`;
  if (saved.newVersion) {
    return `Version ${before} has responses, so your changes were saved as version ${saved.version.version}.`;
  }
  return `Version ${saved.version.version} had no responses yet, so it was changed in place.`;
}

const FORMS_FOR_EDUCATORS =
  'Viewers can read the forms; making and changing them is for educators.';

/** `/evaluations/forms/new`: a new form, starting with one section of one question. */
export function FormNewPage() {
  const navigate = useNavigate();
  const allowed = useCan('evaluations.createForm');
  return (
    <div className="page">
      <PageHeader
        title="New form"
        breadcrumb={breadcrumb}
        subtitle="Sections of questions; respondents see them in this order."
      />
      {!allowed && <ViewerNote>{FORMS_FOR_EDUCATORS}</ViewerNote>}
      {allowed && (
        <FormEditor
          start={withKeys(newForm())}
          onSaved={(saved) =>
            navigate(`/evaluations/forms/${saved.form.id}?version=${saved.version.id}`, {
              state: { notice: savedNotice(saved, null) },
            })
          }
          onCancel={() => navigate('/evaluations/forms')}
        />
      )}
    </div>
  );
}

/** `/evaluations/forms/:id/edit`: the latest version's content; a frozen one becomes a new version. */
export function FormEditPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const navigate = useNavigate();
  const allowed = useCan('evaluations.updateForm');
  const form = useApiQuery('evaluations.form', { formId: id }, { enabled: valid });
  const latest = form.data?.versions[0];
  return (
    <div className="page">
      <PageHeader
        title={form.data ? `Edit ${form.data.name}` : 'Edit form'}
        breadcrumb={breadcrumb}
        subtitle={latest && `Editing version ${latest.version}`}
      />
      <ErrorBanner
        error={valid ? form.error : 'There is no form at this address.'}
        onRetry={valid ? form.reload : undefined}
      />
      {!allowed && <ViewerNote>{FORMS_FOR_EDUCATORS}</ViewerNote>}
      {allowed && latest && latest.frozen && (
        <p className="banner banner-warn" role="note">
          <span className="banner-word">Version {latest.version} is frozen:</span> it has{' '}
          {plural(latest.responseCount, 'response', 'responses')}. Saving makes version{' '}
          {latest.version + 1}; the responses stay with the questions they answered.
        </p>
      )}
      {allowed && latest && (
        <FormEditor
          key={latest.id}
          start={draftOf(latest)}
          formId={id}
          onSaved={(saved) =>
            navigate(`/evaluations/forms/${id}?version=${saved.version.id}`, {
              state: { notice: savedNotice(saved, latest.version) },
            })
          }
          onCancel={() => navigate(`/evaluations/forms/${id}`)}
        />
      )}
    </div>
  );
}

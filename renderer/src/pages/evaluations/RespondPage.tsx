import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  ANONYMITY_STATEMENTS,
  RESPONSE_SOURCES,
  type ResponseSource,
} from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../lib/format';
import { printPath } from '../printing/printRoutes';
import { usePrintTarget } from '../printing/printTarget';
import { ResponseForm } from './ResponseForm';
import { ViewerNote } from '../../components/ViewerNote';
import { periodWords, scoreWords } from './words';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

const positive = (text: string | null) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * `/evaluations/respond?pairingId=&formVersionId=&period=&respondentStaffId=&source=`: the
 * answers of one due evaluation, typed in by the respondent or from the paper copy.
 */
export function RespondPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const canSubmit = useCan('evaluations.submit');
  const pairingId = positive(params.get('pairingId'));
  const versionId = positive(params.get('formVersionId'));
  const respondentStaffId = positive(params.get('respondentStaffId'));
  const period = params.get('period') ?? '';
  const sourceParam = params.get('source');
  const source: ResponseSource = RESPONSE_SOURCES.includes(sourceParam as ResponseSource)
    ? (sourceParam as ResponseSource)
    : 'respondent';
  const valid = pairingId !== null && versionId !== null && period !== '';
  const version = useApiQuery(
    'evaluations.formVersion',
    { versionId: versionId ?? 0 },
    { enabled: valid },
  );
  const pairing = useApiQuery('pairings.get', { id: pairingId ?? 0 }, { enabled: valid });
  const v = version.data;
  const p = pairing.data;
  usePrintTarget(
    valid && versionId !== null
      ? printPath({ kind: 'blankForm', formVersionId: versionId, pairingId, period })
      : null,
  );

  // Without one in the address, the respondent is the pairing's person the form is for.
  const expected =
    v && p
      ? v.audience === 'mentor'
        ? p.mentor
        : v.audience === 'mentee'
          ? p.mentee
          : null
      : null;
  const staffId = respondentStaffId ?? expected?.staffId ?? null;
  const respondent =
    p && staffId !== null
      ? p.mentor.staffId === staffId
        ? `${p.mentor.displayName} (mentor)`
        : p.mentee.staffId === staffId
          ? `${p.mentee.displayName} (mentee)`
          : `staff member #${staffId}`
      : 'the educator';

  return (
    <div className="page">
      <PageHeader
        title={v ? `${v.name}` : 'Enter a response'}
        breadcrumb={
          <>
            <Link to="/evaluations">Evaluations</Link>
            {p && (
              <>
                {' '}
                <span aria-hidden="true">›</span>{' '}
                <Link to={`/pairings/${p.id}/evaluations`}>
                  {p.mentee.displayName} with {p.mentor.displayName}
                </Link>
              </>
            )}
          </>
        }
        subtitle={
          v &&
          `Version ${v.version} · ${source === 'paper' ? 'entered from paper' : 'entered by the respondent'}`
        }
      />
      <ErrorBanner
        error={
          valid
            ? (version.error ?? pairing.error)
            : 'This address does not name an evaluation to answer. Start from the list of due evaluations.'
        }
      />
      {v && p && (
        <div className="respond-layout">
          <dl className="detail-list detail-list-compact card respond-facts">
            <div className="detail-row">
              <dt>Mentee</dt>
              <dd>{p.mentee.displayName}</dd>
            </div>
            <div className="detail-row">
              <dt>Mentor</dt>
              <dd>{p.mentor.displayName}</dd>
            </div>
            <div className="detail-row">
              <dt>Cohort</dt>
              <dd>
                <Link to={`/cohorts/${p.cohortId}`}>{p.cohortCode}</Link>
              </dd>
            </div>
            <div className="detail-row">
              <dt>Period</dt>
              <dd>{periodWords(period)}</dd>
            </div>
            <div className="detail-row">
              <dt>Respondent</dt>
              <dd>{respondent}</dd>
            </div>
            <div className="detail-row">
              <dt>Form</dt>
              <dd>
                {v.name}, version {v.version}
              </dd>
            </div>
          </dl>
          <div className="card">
            <p className="anonymity-statement" role="note">
              {ANONYMITY_STATEMENTS[v.anonymity]}
            </p>
            {v.introduction && <p className="form-introduction">{v.introduction}</p>}
            {!canSubmit && (
              <ViewerNote>
                Viewers can read this page; entering responses is for educators.
              </ViewerNote>
            )}
            {canSubmit && (
              <ResponseForm
                version={v}
                respondentName={respondent}
                mode={{ kind: 'new', pairingId: p.id, period, respondentStaffId: staffId, source }}
                onDone={(r) =>
                  navigate(`/pairings/${p.id}/evaluations`, {
                    state: {
                      notice: `Response #${r.id} saved: ${r.formName}, ${periodWords(r.period)}, answered ${formatDay(r.answeredOn)} (${scoreWords(r.score)}).`,
                    },
                  })
                }
                onCancel={() => navigate(-1)}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}

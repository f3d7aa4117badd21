import { Link, useLocation, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { PrintPacketButton } from '../printing/PrintPacketButton';
import { PairingEvaluations } from './PairingEvaluations';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

/** `/pairings/:id/evaluations`: one pairing's due evaluations and responses, with corrections. */
export function PairingEvaluationsPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const pairing = useApiQuery('pairings.get', { id }, { enabled: valid });
  const p = pairing.data;
  return (
    <div className="page">
      <PageHeader
        title={
          p ? `Evaluations: ${p.mentee.displayName} with ${p.mentor.displayName}` : 'Evaluations'
        }
        breadcrumb={
          p ? (
            <>
              <Link to={`/cohorts/${p.cohortId}`}>{p.cohortCode}</Link>{' '}
              <span aria-hidden="true">›</span> <Link to={`/pairings/${p.id}`}>Pairing</Link>
            </>
          ) : (
            <Link to="/evaluations">Evaluations</Link>
          )
        }
        action={p && <PrintPacketButton pairing={p} />}
      />
      <ErrorBanner
        error={valid ? pairing.error : 'There is no pairing at this address.'}
        onRetry={valid ? pairing.reload : undefined}
      />
      {valid && <PairingEvaluations key={`${id}-${notice ?? ''}`} pairingId={id} notice={notice} />}
    </div>
  );
}

import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { PairingMeetings } from './PairingMeetings';

/** One pairing's meetings on a page of their own, reached from the cohort's Meetings list. */
export function PairingMeetingsPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const pairing = useApiQuery('pairings.get', { id }, { enabled: valid });
  const p = pairing.data;
  return (
    <div className="page">
      <PageHeader
        title={p ? `Meetings: ${p.mentee.displayName} with ${p.mentor.displayName}` : 'Meetings'}
        breadcrumb={
          <>
            <Link to={p ? `/meetings?cohort=${p.cohortId}` : '/meetings'}>
              Meetings{p ? ` · ${p.cohortCode}` : ''}
            </Link>
            {p && (
              <>
                {' '}
                <span aria-hidden="true">›</span>{' '}
                <Link to={`/pairings/${p.id}`}>Pairing details</Link>
              </>
            )}
          </>
        }
      />
      <ErrorBanner error={valid ? pairing.error : 'There is no pairing at this address.'} />
      {valid && <PairingMeetings pairingId={id} />}
    </div>
  );
}

import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../lib/format';
import { PairingGoals } from './PairingGoals';

/** `/pairings/:id/goals`: one pairing's goal tracker on a page of its own (linked from the cohort view). */
export function PairingGoalsPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useApiQuery('goals.forPairing', { pairingId: id }, { enabled: valid });
  const p = query.data?.pairing;
  return (
    <div className="page">
      <PageHeader
        title={p ? `Goals: ${p.mentee.name} with ${p.mentor.name}` : 'Goals'}
        breadcrumb={
          p ? (
            <>
              <Link to={`/goals/${p.cohortId}`}>Goals of {p.cohortCode}</Link>{' '}
              <span aria-hidden="true">›</span> <Link to={`/pairings/${p.id}`}>Pairing</Link>
            </>
          ) : (
            <Link to="/goals">Goals</Link>
          )
        }
        subtitle={
          p &&
          `Pairing ${p.startDate ? `from ${formatDay(p.startDate)} to ${formatDay(p.endDate)}` : 'not started yet'} · status as of ${formatDay(query.data?.today)}`
        }
      />
      {valid ? (
        <PairingGoals pairingId={id} />
      ) : (
        <ErrorBanner error="There is no pairing at this address." />
      )}
    </div>
  );
}

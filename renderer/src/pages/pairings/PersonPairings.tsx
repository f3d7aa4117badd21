import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';
import { PairingFlags } from './PairingFlags';
import { PairingStatusBadge } from './PairingStatusBadge';
import { CompactTimeline } from './Timeline';
import '../../styles/blocks.css';
import '../../styles/pairing.css';

/** On a person's page: every pairing they are in (as mentor or mentee) with a compact history. */
export function PersonPairings({ staffId }: { staffId: number }) {
  const query = useApiQuery('pairings.forStaff', { staffId });
  const items = query.data ?? [];
  return (
    <section className="card section-card" aria-labelledby="person-pairings">
      <h2 id="person-pairings">Pairings</h2>
      <ErrorBanner error={query.error} />
      {query.data && items.length === 0 && (
        <p className="muted">Not in any pairing yet. Enrol them in a cohort to pair them.</p>
      )}
      {items.length > 0 && (
        <ul className="person-pairings">
          {items.map((p) => {
            const asMentor = p.mentor.staffId === staffId;
            const partner = asMentor ? p.mentee : p.mentor;
            return (
              <li key={p.id} className="person-pairing">
                <div className="person-pairing-head">
                  <Link to={`/pairings/${p.id}`}>
                    {asMentor ? 'Mentor of' : 'Mentee of'} {partner.displayName}
                  </Link>{' '}
                  <PairingStatusBadge status={p.status} />
                  <span className="muted small">
                    {' '}
                    · <span className="mono">{p.cohortCode}</span> · score {p.score}
                    {p.startDate && ` · ${formatDay(p.startDate)} – ${formatDay(p.endDate)}`}
                  </span>
                </div>
                <PairingFlags flags={p.flags} status={p.status} compact />
                <CompactTimeline items={p.timeline} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

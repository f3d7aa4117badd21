import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { plural } from '../../lib/format';

/** The mentoring circles of a group program's cohort, each leading to its page section. */
export function CohortCircles({ cohortId }: { cohortId: number }) {
  const circles = useApiQuery('pairings.circles', { cohortId });
  const pairings = useApiQuery('pairings.list', { cohortId });
  const list = circles.data ?? [];
  // A circle is shown on its members' pairing pages: link to the first running one.
  const memberOf = (circleId: number) =>
    (pairings.data ?? []).find(
      (p) => p.circleId === circleId && (p.status === 'active' || p.status === 'paused'),
    ) ?? (pairings.data ?? []).find((p) => p.circleId === circleId);
  return (
    <section className="card section-card" aria-labelledby="cohort-circles">
      <h2 id="cohort-circles">Mentoring circles ({list.length})</h2>
      <ErrorBanner error={circles.error ?? pairings.error} />
      {list.length === 0 ? (
        <p className="muted">
          No circle yet: match the cohort on the pairing board; accepting a mentor&apos;s mentees
          makes that mentor&apos;s circle.
        </p>
      ) : (
        <ul>
          {list.map((c) => {
            const member = memberOf(c.id);
            return (
              <li key={c.id}>
                {member ? <Link to={`/pairings/${member.id}#circle`}>{c.name}</Link> : c.name} ·{' '}
                {c.mentors.map((m) => m.person.displayName).join(' and ')} ·{' '}
                {plural(c.menteeCount, 'mentee', 'mentees')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CohortWeek } from '../../../../shared/domain/dashboard';
import { Can } from '../../components/Can';
import { formatCount, formatDay, plural } from '../../lib/format';

/** A count that leads to the page where it is dealt with; zero is said quietly, not linked. */
function CountLink({ n, to, label }: { n: number; to: string; label: string }) {
  if (n === 0) return <span className="muted">0</span>;
  return (
    <Link to={to} className="count-link">
      <strong>{formatCount(n)}</strong>
      <span className="sr-only"> {label}</span>
    </Link>
  );
}

type CountKey = Exclude<keyof CohortWeek, 'cohort' | 'enrolled' | 'placesLeft'>;

interface CountColumn {
  key: CountKey;
  heading: string;
  /** Where the count is dealt with. */
  page: (id: number) => string;
  /** What a screen reader hears after the number. */
  says: string;
  /** A line under the count when the number alone does not say enough. */
  note?: (c: CohortWeek) => ReactNode;
}

const board = (id: number) => `/board/${id}`;
const meetings = (id: number) => `/meetings?cohort=${id}`;
const goals = (id: number) => `/goals/${id}`;

/** The counts, in column order: pairing first (who waits, who has room), then follow-up. */
const COUNTS: CountColumn[] = [
  {
    key: 'menteesWaiting',
    heading: 'Waiting for a mentor',
    page: board,
    says: 'mentees waiting for a mentor',
  },
  {
    key: 'mentorsWithPlaces',
    heading: 'Mentors with places',
    page: board,
    says: 'mentors with places left',
    // Places are worth saying only when some mentor has more than one left.
    note: (c) =>
      c.placesLeft > c.mentorsWithPlaces ? (
        plural(c.placesLeft, 'place', 'places')
      ) : c.mentorsWithPlaces === 0 && c.menteesWaiting > 0 ? (
        <Can method="enrolments.add">
          <Link to={`/cohorts/${c.cohort.id}`}>
            Enrol a mentor<span className="sr-only"> in {c.cohort.code}</span>
          </Link>
        </Can>
      ) : null,
  },
  { key: 'proposals', heading: 'Proposals to accept', page: board, says: 'proposals to accept' },
  { key: 'open', heading: 'Running pairings', page: board, says: 'running pairings' },
  {
    key: 'meetingsOverdue',
    heading: 'Meeting overdue',
    page: meetings,
    says: 'mentees with a meeting overdue',
  },
  {
    key: 'noMeetingForTwiceCadence',
    heading: 'No meeting for 2× cadence',
    page: meetings,
    says: 'mentees with no meeting for twice the cadence',
  },
  // Counted per person: each circle member on their own, both peers of a reciprocal pairing.
  { key: 'inactive', heading: 'Inactive', page: meetings, says: 'mentees inactive' },
  { key: 'goalsOverdue', heading: 'Goals overdue', page: goals, says: 'goals overdue' },
  { key: 'goalsAtRisk', heading: 'Goals at risk', page: goals, says: 'goals at risk' },
  {
    key: 'celebrateThisWeek',
    heading: 'To celebrate',
    page: goals,
    says: 'achievements to celebrate',
  },
];

/** Where the cohort stands, when it is not simply running: not staffed, not started, over. */
function CohortState({ c, today }: { c: CohortWeek; today: string }) {
  const { id, startDate, endDate } = c.cohort;
  if (c.enrolled.mentors + c.enrolled.mentees === 0) {
    return (
      <div className="small">
        <Can
          method="enrolments.add"
          otherwise={<Link to={`/cohorts/${id}`}>Nobody enrolled yet</Link>}
        >
          <Link to={`/cohorts/${id}`}>Nobody enrolled yet: enrol staff</Link>
        </Can>
      </div>
    );
  }
  if (startDate > today) return <div className="small">Starts {formatDay(startDate)}</div>;
  if (endDate !== null && endDate < today) {
    return <div className="small">Ended {formatDay(endDate)}</div>;
  }
  return null;
}

function CohortRow({ c, today }: { c: CohortWeek; today: string }) {
  const id = c.cohort.id;
  return (
    <tr>
      <th scope="row">
        <Link to={`/cohorts/${id}`}>{c.cohort.code}</Link>
        <div className="muted small">{c.cohort.name}</div>
        <CohortState c={c} today={today} />
      </th>
      {COUNTS.map((col) => (
        <td key={col.key} className="num">
          <CountLink n={c[col.key]} to={col.page(id)} label={`${col.says} in ${c.cohort.code}`} />
          {col.note && <div className="small muted">{col.note(c)}</div>}
        </td>
      ))}
    </tr>
  );
}

/** Every current cohort, one row each, every count leading to the page where it is dealt with. */
export function WeekTable({ cohorts, today }: { cohorts: CohortWeek[]; today: string }) {
  return (
    <div className="table-scroll">
      <table className="table table-compact week-table">
        <caption className="sr-only">What waits in each current cohort</caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            {COUNTS.map((col) => (
              <th key={col.key} scope="col" className="num">
                {col.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c) => (
            <CohortRow key={c.cohort.id} c={c} today={today} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { addDays } from '../../../shared/dates';
import { formatQuarter, previousQuarter, quarterOf, quarterRange } from '../../../shared/periods';
import type { Db } from '../db/open';

/** One demo cohort's code, name and dates. */
export interface DemoCohortDates {
  code: string;
  name: string;
  start: string;
  end: string | null;
}

/**
 * Every day of the demo's history, counted from the day the demo is built, so the facility
 * always looks lived-in: the residency has run for at least two full quarters (so the previous
 * quarter's packet has goals, meetings, sign-offs and evaluations), leadership started two
 * months ago, phlebotomy onboarding two months ago.
 */
export interface DemoCalendar {
  today: string;
  residency: DemoCohortDates;
  leadership: DemoCohortDates;
  phlebotomy: DemoCohortDates;
  /** Staff hire dates are counted back from here (the residency's first day). */
  hiresBefore: string;
  /** The spring competency fair where experienced staff were validated. */
  competencyFair: string;
  /** The residency's pairings: optimised, then accepted, in its first week. */
  residencyOptimised: string;
  residencyAccepted: string;
  /** One residency pairing ended early seven weeks in; one paused two and a half weeks ago. */
  residencyEndedEarly: string;
  residencyPaused: string;
}

const SEASONS = ['winter', 'spring', 'summer', 'fall'] as const;

export function demoCalendar(today: string): DemoCalendar {
  // Two quarters before this one: both have run in full by today.
  const first = previousQuarter(previousQuarter(quarterOf(today)));
  const resStart = quarterRange(first).start;
  const season = SEASONS[first.quarter - 1] ?? 'fall';
  const leadStart = `${addMonthsToMonthStart(today, -2)}`;
  const phlStart = addDays(today, -59);
  const phlQuarter = quarterOf(phlStart);
  return {
    today,
    residency: {
      code: `RES-${first.year}-${season.toUpperCase()}`,
      name: `Nurse residency, ${season} ${first.year}`,
      start: resStart,
      end: addDays(`${first.year + 1}${resStart.slice(4)}`, -1),
    },
    leadership: {
      code: `LEAD-${leadStart.slice(0, 4)}`,
      name: `Leadership pathway ${leadStart.slice(0, 4)}`,
      start: leadStart,
      end: null,
    },
    phlebotomy: {
      code: `PHL-${formatQuarter(phlQuarter)}`,
      name: `Phlebotomy onboarding, Q${phlQuarter.quarter} ${phlQuarter.year}`,
      start: phlStart,
      end: addDays(phlStart, 91),
    },
    hiresBefore: resStart,
    competencyFair: addDays(resStart, -148),
    residencyOptimised: addDays(resStart, 6),
    residencyAccepted: addDays(resStart, 7),
    residencyEndedEarly: addDays(resStart, 48),
    residencyPaused: addDays(today, -17),
  };
}

/** The first day of the month `months` away from the month `day` is in. */
function addMonthsToMonthStart(day: string, months: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * The demo's residency cohort: the first cohort of a residency program. Found by its program's
 * kind, not its code, since the code follows the season the demo was built in.
 */
export function demoResidencyCohort(db: Db): { id: number; programId: number } | undefined {
  return db
    .prepare(
      `SELECT c.id, c.program_id AS programId FROM cohorts c JOIN programs p ON p.id = c.program_id
       WHERE p.kind = 'residency' ORDER BY c.id LIMIT 1`,
    )
    .get() as { id: number; programId: number } | undefined;
}

import type {
  OutcomesFilter,
  Retention,
  SurvivalFigure,
  SurvivalGroup,
} from '../../../shared/domain/outcomes';
import { daysBetween } from '../competencies/progress';
import type { Db } from '../db/open';
import { DAYS_PER_MONTH, atRiskAt, interval, kaplanMeier, survivalAt, type Subject } from './km';
import { PAIRING_JOINS, pairingScope, rangeSql } from './scope';

interface Row {
  start: string;
  end_date: string | null;
  status: string;
}

/**
 * Follow-up from a start day: an event when the person has left (on their end date), else
 * censored today. Someone marked left without an end date is censored today too, since the
 * day they left is unknown (counting it as today would bias survival upwards less than
 * guessing).
 */
export function subjectOf(r: Row, today: string): Subject | null {
  const left = r.status === 'left' && r.end_date !== null;
  const until = left && r.end_date !== null && r.end_date < today ? r.end_date : today;
  const days = daysBetween(r.start, until);
  if (days < 0) return null;
  return { days, left };
}

const FIGURE_MONTHS = [6, 12, 24] as const;
const AT_RISK_MONTHS = [0, 6, 12, 18, 24, 30, 36];

export function survivalGroup(label: string, subjects: readonly Subject[]): SurvivalGroup {
  const steps = kaplanMeier(subjects);
  const curve = [
    { month: 0, survival: 1, lower: 1, upper: 1, atRisk: subjects.length, events: 0, censored: 0 },
    // Each step carries its own Greenwood sum, so its interval needs no second pass.
    ...steps.map((s) => ({
      month: s.day / DAYS_PER_MONTH,
      survival: s.survival,
      ...interval(s.survival, s.greenwood),
      atRisk: s.atRisk,
      events: s.events,
      censored: s.censored,
    })),
  ];
  const figures: SurvivalFigure[] = FIGURE_MONTHS.map((months) => {
    const day = Math.round(months * DAYS_PER_MONTH);
    const est = survivalAt(steps, day);
    return {
      months,
      survival: est?.survival ?? null,
      lower: est?.lower ?? null,
      upper: est?.upper ?? null,
      atRisk: atRiskAt(subjects, day),
    };
  });
  return {
    label,
    n: subjects.length,
    left: subjects.filter((s) => s.left).length,
    curve,
    figures,
    atRisk: AT_RISK_MONTHS.map((month) => ({
      month,
      n: atRiskAt(subjects, Math.round(month * DAYS_PER_MONTH)),
    })),
  };
}

/**
 * Mentees from their first pairing start in scope, against staff hired in the same date
 * range (and unit) who were never a mentee in any started pairing, from their hire date.
 */
export function retention(db: Db, f: OutcomesFilter, today: string): Retention {
  const s = pairingScope(f);
  const mentees = db
    .prepare(
      `SELECT ms.id, min(p.start_date) AS start, ms.hire_date AS hire, ms.end_date, ms.status
       ${PAIRING_JOINS} WHERE ${s.where} GROUP BY ms.id`,
    )
    .all(...s.params) as (Row & { id: number; hire: string | null })[];
  const inRangeMentees = mentees.filter(
    (m) => (f.from === null || m.start >= f.from) && (f.to === null || m.start <= f.to),
  );
  // Without a date range the comparison is staff hired over the same days as the mentees
  // (from the earliest mentee's hire to the latest pairing start), so both groups come from
  // the same years of hiring.
  const starts = inRangeMentees.flatMap((m) => [m.hire ?? m.start, m.start]).sort();
  const window = {
    ...f,
    from: f.from ?? starts[0] ?? null,
    to: f.to ?? starts.at(-1) ?? null,
  };
  const r = rangeSql(window, 's.hire_date');
  const unit = f.unit !== null ? ' AND s.unit = ?' : '';
  const comparison = db
    .prepare(
      `SELECT s.hire_date AS start, s.end_date, s.status FROM staff s
       WHERE s.hire_date IS NOT NULL${r.sql}${unit}
         AND s.id NOT IN (
           SELECT e.staff_id FROM pairings p JOIN enrolments e ON e.id = p.mentee_enrolment_id
           WHERE p.start_date IS NOT NULL
             AND p.status IN ('active', 'paused', 'completed', 'ended_early'))`,
    )
    .all(...r.params, ...(f.unit !== null ? [f.unit] : [])) as Row[];
  const subjects = (rows: readonly Row[]) =>
    rows.map((row) => subjectOf(row, today)).filter((x): x is Subject => x !== null);
  return {
    mentees: survivalGroup('Mentees (from pairing start)', subjects(inRangeMentees)),
    comparison: survivalGroup('Not mentored (from hire)', subjects(comparison)),
    method:
      'Kaplan–Meier; staff who have not left are censored today; 95% intervals from Greenwood’s variance on the log(−log) scale.',
  };
}

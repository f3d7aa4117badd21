import {
  dueFilter,
  periodLabel,
  type DueEvaluation,
  type DueFilter,
  type DueState,
  type PlanItem,
} from '../../../shared/domain/evaluations';
import type { Pairing } from '../../../shared/domain/pairings';
import type { Db } from '../db/open';
import { listPairings } from '../pairings/rows';
import { audienceOf } from './audience';
import { allPlans } from './plan';
import { planSlots, type PeriodSlot } from './schedule';

/** Pairings are evaluated once they have started, including after they close. */
const EVALUATED =
  "p.status IN ('active', 'paused', 'completed', 'ended_early') AND p.start_date IS NOT NULL";

const key = (pairingId: number, period: string, formId: number, respondent: number | null) =>
  `${pairingId}|${period}|${formId}|${respondent ?? ''}`;

/** The current (not superseded) response of every pairing, period, form and respondent. */
function currentResponses(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT r.id, r.pairing_id AS pairingId, r.period, v.form_id AS formId,
         r.respondent_staff_id AS respondent
       FROM evaluation_responses r JOIN form_versions v ON v.id = r.form_version_id
       WHERE NOT EXISTS (SELECT 1 FROM evaluation_responses n WHERE n.supersedes_id = r.id)`,
    )
    .all() as {
    id: number;
    pairingId: number;
    period: string;
    formId: number;
    respondent: number | null;
  }[];
  return new Map(rows.map((r) => [key(r.pairingId, r.period, r.formId, r.respondent), r.id]));
}

function latestVersionIds(db: Db): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT form_id AS formId, id FROM form_versions v
       WHERE version = (SELECT max(version) FROM form_versions w WHERE w.form_id = v.form_id)`,
    )
    .all() as { formId: number; id: number }[];
  return new Map(rows.map((r) => [r.formId, r.id]));
}

/** Who answers a plan item in a pairing: null for an educator's form. */
function respondentsOf(p: Pairing, item: PlanItem): DueEvaluation['respondent'][] {
  if (item.audience === 'educator') return [null];
  const role = item.audience;
  return audienceOf(p, role).map((person) => ({
    staffId: person.staffId,
    displayName: person.displayName,
    role,
  }));
}

function stateOf(slot: PeriodSlot, today: string, responseId: number | null): DueState {
  if (responseId !== null) return 'done';
  if (today < slot.opensOn) return 'upcoming';
  return today > slot.dueOn ? 'overdue' : 'due';
}

/**
 * The evaluations the plans ask for, derived (never stored) from the pairings that have
 * started, each program's plan and the responses given: one per pairing, plan item, respondent
 * (both peers of a reciprocal pairing) and period, up to the next period to open. By default only what needs doing (due and overdue), soonest
 * due first. Dashboards and packets call this directly.
 */
export function dueEvaluations(db: Db, today: string, filter: DueFilter = {}): DueEvaluation[] {
  const { cohortId, pairingId, states } = dueFilter.parse(filter);
  const wanted = new Set<DueState>(states);
  const pairings = listPairings(
    db,
    `${EVALUATED} AND (@cohort IS NULL OR p.cohort_id = @cohort) AND (@pairing IS NULL OR p.id = @pairing)`,
    { cohort: cohortId ?? null, pairing: pairingId ?? null },
  );
  if (pairings.length === 0) return [];
  const programOf = new Map(
    (
      db.prepare('SELECT id, program_id AS programId FROM cohorts').all() as {
        id: number;
        programId: number;
      }[]
    ).map((c) => [c.id, c.programId]),
  );
  const plans = allPlans(db);
  const versions = latestVersionIds(db);
  const responses = currentResponses(db);

  const due: DueEvaluation[] = [];
  for (const p of pairings) {
    const startDate = p.startDate;
    if (startDate === null) continue;
    const span = { startDate, endDate: p.endDate, status: p.status };
    for (const item of plans.get(programOf.get(p.cohortId) ?? -1) ?? []) {
      for (const respondent of respondentsOf(p, item)) {
        for (const slot of planSlots(item.rule, span, today)) {
          const responseId =
            responses.get(key(p.id, slot.period, item.formId, respondent?.staffId ?? null)) ?? null;
          const state = stateOf(slot, today, responseId);
          if (!wanted.has(state)) continue;
          due.push({
            pairingId: p.id,
            cohortId: p.cohortId,
            cohortCode: p.cohortCode,
            formId: item.formId,
            formName: item.formName,
            formVersionId: versions.get(item.formId) ?? 0,
            period: slot.period,
            periodLabel: periodLabel(slot.period),
            respondent,
            mentorName: p.mentor.displayName,
            menteeName: p.mentee.displayName,
            opensOn: slot.opensOn,
            dueOn: slot.dueOn,
            state,
            responseId,
          });
        }
      }
    }
  }
  return due.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.pairingId - b.pairingId ||
      a.formName.localeCompare(b.formName),
  );
}

import {
  MIN_RESPONSES_FOR_AVERAGE,
  type OutcomesFilter,
  type SatisfactionCell,
} from '../../../shared/domain/outcomes';
import type { Db } from '../db/open';
import { PAIRING_JOINS, pairingScope, rangeSql } from './scope';

export interface ScoredResponse {
  programId: number;
  programName: string;
  answeredOn: string;
  score: number;
}

export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/**
 * Mean score per program and quarter answered, with the count of responses. Under
 * MIN_RESPONSES_FOR_AVERAGE responses the average is withheld: with two answers, one
 * respondent who knows their own score can read the other's.
 */
export function groupSatisfaction(responses: readonly ScoredResponse[]): SatisfactionCell[] {
  const cells = new Map<string, { cell: SatisfactionCell; sum: number }>();
  for (const r of responses) {
    const quarter = quarterOf(r.answeredOn);
    const key = `${r.programId}|${quarter}`;
    const at = cells.get(key) ?? {
      cell: {
        programId: r.programId,
        programName: r.programName,
        quarter,
        responses: 0,
        average: null,
      },
      sum: 0,
    };
    at.cell.responses += 1;
    at.sum += r.score;
    cells.set(key, at);
  }
  return [...cells.values()]
    .map(({ cell, sum }) => ({
      ...cell,
      average:
        cell.responses >= MIN_RESPONSES_FOR_AVERAGE
          ? Math.round((sum / cell.responses) * 10) / 10
          : null,
    }))
    .sort(
      (a, b) => a.quarter.localeCompare(b.quarter) || a.programName.localeCompare(b.programName),
    );
}

/** Scored responses that still count (no correction supersedes them) in scope. */
export function satisfaction(db: Db, f: OutcomesFilter): SatisfactionCell[] {
  const s = pairingScope(f);
  const r = rangeSql(f, 'er.answered_on');
  const rows = db
    .prepare(
      `SELECT pr.id AS programId, pr.name AS programName, er.answered_on AS answeredOn, er.score
       ${PAIRING_JOINS}
       JOIN evaluation_responses er ON er.pairing_id = p.id
       WHERE ${s.where} AND er.score IS NOT NULL${r.sql}
         AND NOT EXISTS (SELECT 1 FROM evaluation_responses x WHERE x.supersedes_id = er.id)`,
    )
    .all(...s.params, ...r.params) as ScoredResponse[];
  return groupSatisfaction(rows);
}

import { PAIRING_STATUS_LABELS } from '../../../shared/domain/pairings';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { toCsv } from '../exports/csv';
import { listPairings } from './rows';

/**
 * Every pairing of a cohort, open and closed, as a flat CSV for spreadsheets, written by the
 * one CSV writer (BOM, CRLF, formula cells escaped).
 */
export function exportPairingsCsv(db: Db, cohortId: number): { fileName: string; csv: string } {
  const cohort = getCohort(db, cohortId);
  const rows = listPairings(db, 'p.cohort_id = ?', cohortId).map((p) => [
    cohort.code,
    p.mentor.displayName,
    p.mentor.employeeNumber,
    p.mentee.displayName,
    p.mentee.employeeNumber,
    PAIRING_STATUS_LABELS[p.status],
    p.startDate ?? '',
    p.endDate ?? '',
    p.score,
  ]);
  const header = [
    'cohort',
    'mentor',
    'mentor employee number',
    'mentee',
    'mentee employee number',
    'status',
    'start',
    'end',
    'score',
  ];
  return { fileName: `pairings-${cohort.code}.csv`, csv: toCsv(header, rows) };
}

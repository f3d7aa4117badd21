import type { ParsedPrintRequest, OutcomesReportDocument } from '../../../shared/domain/printing';
import type { OutcomesFilter } from '../../../shared/domain/outcomes';
import type { Db } from '../db/open';
import { outcomesDashboard } from '../outcomes/dashboard';
import { documentHeader, type ReportOptions } from './common';

type Request = Extract<ParsedPrintRequest, { kind: 'outcomesReport' }>;

function scopeInWords(db: Db, f: OutcomesFilter): string {
  const name = (sql: string, id: number | null) =>
    id === null ? null : ((db.prepare(sql).pluck().get(id) as string | undefined) ?? `#${id}`);
  const program = name('SELECT name FROM programs WHERE id = ?', f.programId);
  const cohort = name('SELECT code FROM cohorts WHERE id = ?', f.cohortId);
  const dates =
    f.from === null && f.to === null
      ? 'all dates'
      : `${f.from ?? 'the start'} to ${f.to ?? 'today'}`;
  return [
    `Program: ${program ?? 'all programs'}`,
    `Cohort: ${cohort ?? 'all cohorts'}`,
    `Unit: ${f.unit ?? 'all units'}`,
    `Dates: ${dates}`,
  ].join(' · ');
}

/**
 * The outcomes dashboard's figures as a printable report. Per-person readiness ratings stay on
 * screen: the report carries the counts per unit and role, and group counts already suppressed.
 */
export function buildOutcomesReport(
  db: Db,
  options: ReportOptions,
  request: Request,
): OutcomesReportDocument {
  const filter: OutcomesFilter = {
    programId: request.programId,
    cohortId: request.cohortId,
    unit: request.unit,
    from: request.from,
    to: request.to,
  };
  const d = outcomesDashboard(db, filter, options.today);
  return {
    kind: 'outcomesReport',
    header: documentHeader(db, options, 'Program outcomes report'),
    scope: scopeInWords(db, filter),
    today: options.today,
    retention: d.retention,
    satisfaction: d.satisfaction,
    engagement: d.engagement,
    skills: d.skills,
    access: d.access,
    succession: {
      byUnitAndRole: d.succession.byUnitAndRole,
      unitsWithoutReadySuccessor: d.succession.unitsWithoutReadySuccessor,
    },
  };
}

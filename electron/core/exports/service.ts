import { join } from 'node:path';
import type { ExportResult, ExportScope } from '../../../shared/domain/exports';
import { TandemError, type Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { reportProgress } from '../jobs/progress';
import { writeBundle } from './bundle';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Checks a scope before anything is written: days, their order, and that the program exists. */
export function checkScope(db: Db, scope: ExportScope): void {
  const problems: Problem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = scope[field];
    if (value !== undefined && !isDay(value)) {
      problems.push({ field, value, message: 'expected a day as YYYY-MM-DD' });
    }
  }
  if (problems.length === 0 && scope.from && scope.to && scope.from > scope.to) {
    problems.push({ field: 'to', value: scope.to, message: `is before from (${scope.from})` });
  }
  if (scope.programId !== undefined) {
    const found = db.prepare('SELECT 1 FROM programs WHERE id = ?').get(scope.programId);
    if (!found) {
      problems.push({
        field: 'program',
        value: String(scope.programId),
        message: 'no such program',
      });
    }
  }
  if (problems.length > 0) {
    throw new TandemError(
      'invalid_input',
      `The export scope is not valid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      { problems },
    );
  }
}

export async function exportBundle(
  db: Db,
  out: string,
  scope: ExportScope,
  now: Date,
): Promise<ExportResult> {
  checkScope(db, scope);
  // Per table: the overlay shows how far the export has got, and Cancel leaves no folder.
  const onTable = (_table: string, index: number, count: number) =>
    reportProgress(index, count, 'Writing the tables');
  return writeBundle(db, { out, scope, now, onTable });
}

/** A new folder name for an export made from the app, e.g. "Tandem export 2026-12-03 2359". */
export function defaultExportFolder(parent: string, now: Date, deidentified: boolean): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '');
  return join(parent, `Tandem export${deidentified ? ' (de-identified)' : ''} ${stamp}`);
}

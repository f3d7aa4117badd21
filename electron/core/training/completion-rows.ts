/** Reading completions: one row per record, with its module, expiry and void (if any). */
import { expiryOf, type TrainingCompletion } from '../../../shared/domain/training';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { completionStatus } from './status';

interface CompletionRow {
  id: number;
  staff_id: number;
  module_id: number;
  module_name: string;
  valid_months: number | null;
  completed_on: string;
  evidence: string | null;
  recorded_by: string;
  recorded_at: string;
  corrects_id: number | null;
  void_reason: string | null;
  voided_by: string | null;
  voided_at: string | null;
}

const COMPLETION_SELECT = `
  SELECT c.*, m.name AS module_name, m.valid_months,
         v.reason AS void_reason, v.voided_by, v.voided_at
  FROM training_completions c
  JOIN training_modules m ON m.id = c.module_id
  LEFT JOIN training_completion_voids v ON v.completion_id = c.id`;

function toCompletion(row: CompletionRow, today: string): TrainingCompletion {
  const expiresOn = expiryOf(row.completed_on, row.valid_months);
  const voided = row.voided_at !== null;
  return {
    id: row.id,
    staffId: row.staff_id,
    moduleId: row.module_id,
    moduleName: row.module_name,
    completedOn: row.completed_on,
    expiresOn,
    evidence: row.evidence,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    correctsId: row.corrects_id,
    void: voided
      ? { at: row.voided_at ?? '', by: row.voided_by ?? '', reason: row.void_reason ?? '' }
      : null,
    status: voided ? null : completionStatus(expiresOn, today),
  };
}

/** A person's completions, newest first, void ones included (they are history too). */
export function listCompletions(db: Db, staffId: number, today: string): TrainingCompletion[] {
  const rows = db
    .prepare(`${COMPLETION_SELECT} WHERE c.staff_id = ? ORDER BY c.completed_on DESC, c.id DESC`)
    .all(staffId) as CompletionRow[];
  return rows.map((r) => toCompletion(r, today));
}

export function getCompletion(db: Db, id: number, today: string): TrainingCompletion {
  const row = db.prepare(`${COMPLETION_SELECT} WHERE c.id = ?`).get(id) as
    CompletionRow | undefined;
  if (!row) throw new TandemError('not_found', `No training completion with id ${id}.`);
  return toCompletion(row, today);
}

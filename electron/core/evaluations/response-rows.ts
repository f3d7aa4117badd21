import type {
  AnonymityMode,
  EvaluationResponse,
  FormAudience,
  ResponseSource,
  Section,
} from '../../../shared/domain/evaluations';
import { displayName } from '../../../shared/domain/staff';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { answersFor, readStoredAnswers } from './answers';

interface ResponseRow {
  id: number;
  form_version_id: number;
  pairing_id: number;
  period: string;
  respondent_staff_id: number | null;
  source: ResponseSource;
  answered_on: string;
  score: number | null;
  entered_at: string;
  entered_by: string;
  supersedes_id: number | null;
  correction_reason: string | null;
  form_id: number;
  form_version: number;
  form_name: string;
  anonymity: AnonymityMode;
  audience: FormAudience;
  sections_json: string;
  employee_number: string | null;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  superseded_by_id: number | null;
}

const RESPONSE_SELECT = `
  SELECT r.*, v.form_id, v.version AS form_version, v.name AS form_name, v.anonymity, v.audience,
    v.sections_json, s.employee_number, s.first_name, s.last_name, s.preferred_name,
    (SELECT n.id FROM evaluation_responses n WHERE n.supersedes_id = r.id) AS superseded_by_id
  FROM evaluation_responses r
  JOIN form_versions v ON v.id = r.form_version_id
  LEFT JOIN staff s ON s.id = r.respondent_staff_id`;

function toResponse(db: Db, row: ResponseRow): EvaluationResponse {
  const sections = JSON.parse(row.sections_json) as Section[];
  return {
    id: row.id,
    formId: row.form_id,
    formName: row.form_name,
    formVersionId: row.form_version_id,
    formVersion: row.form_version,
    anonymity: row.anonymity,
    audience: row.audience,
    pairingId: row.pairing_id,
    period: row.period,
    // Educators see who answered even a confidential form; hiding the name from the partner
    // and on paper is the screens' and the packets' part (they read `anonymity`).
    respondent:
      row.respondent_staff_id === null || row.employee_number === null
        ? null
        : {
            staffId: row.respondent_staff_id,
            displayName: displayName({
              firstName: row.first_name,
              lastName: row.last_name,
              preferredName: row.preferred_name,
              employeeNumber: row.employee_number,
            }),
            role: row.audience === 'mentor' ? 'mentor' : 'mentee',
          },
    source: row.source,
    answeredOn: row.answered_on,
    enteredAt: row.entered_at,
    enteredBy: row.entered_by,
    score: row.score,
    answers: answersFor({ sections }, readStoredAnswers(db, row.id)),
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    correctionReason: row.correction_reason,
  };
}

export function getResponse(db: Db, id: number, field = 'responseId'): EvaluationResponse {
  const row = db.prepare(`${RESPONSE_SELECT} WHERE r.id = ?`).get(id) as ResponseRow | undefined;
  if (!row) {
    throw new TandemError('not_found', `No evaluation response with id ${id}.`, {
      problems: [{ field, value: String(id), message: 'no such response' }],
    });
  }
  return toResponse(db, row);
}

/** Every response of a pairing, superseded ones included, newest entry first. */
export function responsesForPairing(db: Db, pairingId: number): EvaluationResponse[] {
  const rows = db
    .prepare(`${RESPONSE_SELECT} WHERE r.pairing_id = ? ORDER BY r.id DESC`)
    .all(pairingId) as ResponseRow[];
  return rows.map((row) => toResponse(db, row));
}

/** The current (not superseded) response of one respondent to one form for one period, if any. */
export function currentResponseId(
  db: Db,
  subject: { pairingId: number; period: string; formId: number; respondentStaffId: number | null },
): number | null {
  const row = db
    .prepare(
      `SELECT r.id FROM evaluation_responses r JOIN form_versions v ON v.id = r.form_version_id
       WHERE r.pairing_id = ? AND r.period = ? AND v.form_id = ? AND r.respondent_staff_id IS ?
         AND NOT EXISTS (SELECT 1 FROM evaluation_responses n WHERE n.supersedes_id = r.id)`,
    )
    .get(subject.pairingId, subject.period, subject.formId, subject.respondentStaffId) as
    { id: number } | undefined;
  return row?.id ?? null;
}

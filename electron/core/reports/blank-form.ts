/** A form version laid out for paper, with the pairing it is for when one is given. */
import {
  ANONYMITY_LABELS,
  ANONYMITY_STATEMENTS,
  DEFAULT_LIKERT_LABELS,
  FORM_AUDIENCE_LABELS,
  FORM_PURPOSE_LABELS,
  type AnonymityMode,
  type FormAudience,
  type FormPurpose,
  type QuestionKind,
} from '../../../shared/domain/evaluations';
import type {
  BlankFormDocument,
  BlankQuestion,
  PairingReference,
} from '../../../shared/domain/printing';
import { parseQuarter, quarterLabel } from '../../../shared/periods';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { getPairing } from '../pairings/rows';
import { documentHeader, notFound, type ReportOptions } from './common';

interface VersionRow {
  id: number;
  version: number;
  name: string;
  audience: FormAudience;
  purpose: FormPurpose;
  anonymity: AnonymityMode;
  introduction: string;
  sections_json: string;
}

interface StoredSection {
  title: string;
  questions: {
    key: string;
    text: string;
    kind: QuestionKind;
    required?: boolean;
    labels?: string[];
    options?: string[];
  }[];
}

/** "July–September 2026", "Day 30 pulse", "End of the pairing". */
export function periodText(period: string): string {
  const quarter = parseQuarter(period);
  if (quarter) return `${period} (${quarterLabel(quarter)})`;
  const pulse = /^day-(\d+)$/.exec(period);
  if (pulse) return `Day ${pulse[1]} pulse`;
  return period === 'end' ? 'End of the pairing' : period;
}

function reference(
  db: Db,
  pairingId: number | null,
  period: string | null,
): PairingReference | null {
  if (pairingId === null) return null;
  let pairing;
  try {
    pairing = getPairing(db, pairingId);
  } catch (error) {
    if (error instanceof TandemError && error.code === 'not_found')
      throw notFound('pairingId', pairingId, 'pairing');
    throw error;
  }
  return {
    pairingId,
    cohortCode: pairing.cohortCode,
    mentorName: pairing.mentor.displayName,
    menteeName: pairing.mentee.displayName,
    period,
    periodLabel: period === null ? null : periodText(period),
  };
}

export function buildBlankForm(
  db: Db,
  options: ReportOptions,
  request: { formVersionId: number; pairingId: number | null; period: string | null },
): BlankFormDocument {
  const row = db
    .prepare(
      `SELECT id, version, name, audience, purpose, anonymity, introduction, sections_json
       FROM form_versions WHERE id = ?`,
    )
    .get(request.formVersionId) as VersionRow | undefined;
  if (!row) throw notFound('formVersionId', request.formVersionId, 'form version');
  let number = 0;
  const sections = (JSON.parse(row.sections_json) as StoredSection[]).map((s) => ({
    title: s.title,
    questions: s.questions.map((q): BlankQuestion => ({
      number: ++number,
      key: q.key,
      text: q.text,
      kind: q.kind,
      required: q.required ?? false,
      labels: q.kind === 'likert5' ? (q.labels ?? [...DEFAULT_LIKERT_LABELS]) : [],
      options: q.options ?? [],
    })),
  }));
  return {
    kind: 'blankForm',
    header: documentHeader(db, options, `${row.name} (version ${row.version})`),
    formVersionId: row.id,
    formName: row.name,
    version: row.version,
    audienceLabel: FORM_AUDIENCE_LABELS[row.audience],
    purposeLabel: FORM_PURPOSE_LABELS[row.purpose],
    anonymityLabel: ANONYMITY_LABELS[row.anonymity],
    anonymityStatement: ANONYMITY_STATEMENTS[row.anonymity],
    introduction: row.introduction,
    sections,
    reference: reference(db, request.pairingId, request.period),
  };
}

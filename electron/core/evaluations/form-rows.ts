import type {
  AnonymityMode,
  FormAudience,
  FormDetail,
  FormPurpose,
  FormSummary,
  FormVersion,
  Section,
} from '../../../shared/domain/evaluations';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';

interface VersionRow {
  id: number;
  form_id: number;
  version: number;
  name: string;
  audience: FormAudience;
  purpose: FormPurpose;
  anonymity: AnonymityMode;
  introduction: string;
  sections_json: string;
  created_at: string;
  created_by: string;
  response_count: number;
}

// Responses counted per version in the same query, so "frozen" is never read apart from them.
const VERSION_SELECT = `
  SELECT v.*, (SELECT count(*) FROM evaluation_responses r WHERE r.form_version_id = v.id) AS response_count
  FROM form_versions v`;

function toVersion(row: VersionRow): FormVersion {
  return {
    id: row.id,
    formId: row.form_id,
    version: row.version,
    name: row.name,
    audience: row.audience,
    purpose: row.purpose,
    anonymity: row.anonymity,
    introduction: row.introduction,
    sections: JSON.parse(row.sections_json) as Section[],
    frozen: row.response_count > 0,
    responseCount: row.response_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function getFormVersion(db: Db, versionId: number, field = 'versionId'): FormVersion {
  const row = db.prepare(`${VERSION_SELECT} WHERE v.id = ?`).get(versionId) as
    VersionRow | undefined;
  if (!row) {
    throw new TandemError('not_found', `No form version with id ${versionId}.`, {
      problems: [{ field, value: String(versionId), message: 'no such form version' }],
    });
  }
  return toVersion(row);
}

/** A form's versions, newest first. */
export function formVersions(db: Db, formId: number): FormVersion[] {
  const rows = db
    .prepare(`${VERSION_SELECT} WHERE v.form_id = ? ORDER BY v.version DESC`)
    .all(formId) as VersionRow[];
  return rows.map(toVersion);
}

export function latestVersion(db: Db, formId: number): FormVersion {
  const latest = formVersions(db, formId)[0];
  if (!latest) throw new TandemError('not_found', `No form with id ${formId}.`);
  return latest;
}

function summaryOf(origin: FormSummary['origin'], versions: FormVersion[]): FormSummary {
  const latest = versions[0];
  if (!latest) throw new Error('a form without versions');
  return {
    id: latest.formId,
    name: latest.name,
    audience: latest.audience,
    purpose: latest.purpose,
    anonymity: latest.anonymity,
    origin,
    latestVersionId: latest.id,
    latestVersion: latest.version,
    versionCount: versions.length,
    responseCount: versions.reduce((n, v) => n + v.responseCount, 0),
  };
}

export function getForm(db: Db, formId: number): FormDetail {
  const form = db.prepare('SELECT origin FROM forms WHERE id = ?').get(formId) as
    { origin: FormSummary['origin'] } | undefined;
  if (!form) throw new TandemError('not_found', `No form with id ${formId}.`);
  const versions = formVersions(db, formId);
  return { ...summaryOf(form.origin, versions), versions };
}

/** Every form as its latest version says, by name. */
export function listForms(db: Db): FormSummary[] {
  const forms = db.prepare('SELECT id, origin FROM forms ORDER BY id').all() as {
    id: number;
    origin: FormSummary['origin'];
  }[];
  const rows = db
    .prepare(`${VERSION_SELECT} ORDER BY v.form_id, v.version DESC`)
    .all() as VersionRow[];
  const byForm = new Map<number, FormVersion[]>();
  for (const row of rows)
    byForm.set(row.form_id, [...(byForm.get(row.form_id) ?? []), toVersion(row)]);
  return forms
    .map((f) => summaryOf(f.origin, byForm.get(f.id) ?? []))
    .sort((a, b) => a.name.localeCompare(b.name));
}

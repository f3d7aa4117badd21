import type { z } from 'zod';
import type {
  FormDetail,
  FormFields,
  FormUpdateResult,
  FormVersion,
  formInput,
} from '../../../shared/domain/evaluations';
import { write, type WriteContext, type WriteTx } from '../db/write';
import { checkForm, storedSections } from './form-rules';
import { getForm, getFormVersion, latestVersion } from './form-rows';
import { Problems } from './problems';

type ParsedForm = z.output<typeof formInput>;

/** What the audit trail keeps of a version: everything a respondent sees. */
function auditView(f: FormFields & { version?: number }) {
  return {
    ...(f.version === undefined ? {} : { version: f.version }),
    name: f.name,
    audience: f.audience,
    purpose: f.purpose,
    anonymity: f.anonymity,
    introduction: f.introduction,
    sections: JSON.parse(storedSections(f)) as unknown,
  };
}

function insertVersion(tx: WriteTx, formId: number, version: number, f: ParsedForm, by: string) {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO form_versions (form_id, version, name, audience, purpose, anonymity,
         introduction, sections_json, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      formId,
      version,
      f.name,
      f.audience,
      f.purpose,
      f.anonymity,
      f.introduction,
      storedSections(f),
      tx.at,
      by,
    );
  return Number(lastInsertRowid);
}

export function createForm(ctx: WriteContext, input: ParsedForm): FormDetail {
  checkForm(ctx.db, input, '', null).throwIfAny('The form was not saved');
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare("INSERT INTO forms (origin, created_at, updated_at) VALUES ('facility', ?, ?)")
      .run(tx.at, tx.at);
    const formId = Number(lastInsertRowid);
    insertVersion(tx, formId, 1, input, ctx.actor.name);
    tx.audit({
      entity: 'form',
      entityId: formId,
      action: 'create',
      before: null,
      after: auditView({ ...input, version: 1 }),
    });
    return getForm(tx.db, formId);
  });
}

function sameContent(a: FormFields, b: FormFields): boolean {
  const content = (f: FormFields) =>
    JSON.stringify([f.name, f.audience, f.purpose, f.anonymity, f.introduction, storedSections(f)]);
  return content(a) === content(b);
}

/**
 * Edits a form. While its latest version has no response it changes in place (respondents have
 * seen nothing yet); once any response uses it, the version is frozen and the edit becomes a
 * new version, so every response still reads as it was answered. The service never updates a
 * frozen version (the table's trigger would refuse it anyway).
 */
export function updateForm(ctx: WriteContext, formId: number, input: ParsedForm): FormUpdateResult {
  const latest = latestVersion(ctx.db, formId);
  const problems: Problems = checkForm(ctx.db, input, 'form', formId);
  const answered = getForm(ctx.db, formId).responseCount > 0;
  // Due evaluations and given responses name their respondent by the form's audience.
  if (answered && input.audience !== latest.audience)
    problems.add(
      'form.audience',
      `cannot change once the form has responses (they were given by the ${latest.audience}); make a new form instead`,
      input.audience,
    );
  problems.throwIfAny('The form was not saved');
  if (sameContent(latest, input))
    return { form: getForm(ctx.db, formId), version: latest, newVersion: false };

  return write(ctx, (tx) => {
    let version: FormVersion;
    if (latest.frozen) {
      const id = insertVersion(tx, formId, latest.version + 1, input, ctx.actor.name);
      version = getFormVersion(tx.db, id);
      tx.audit({
        entity: 'form',
        entityId: formId,
        action: 'new_version',
        before: auditView(latest),
        after: auditView(version),
      });
    } else {
      tx.db
        .prepare(
          `UPDATE form_versions SET name = ?, audience = ?, purpose = ?, anonymity = ?,
             introduction = ?, sections_json = ? WHERE id = ?`,
        )
        .run(
          input.name,
          input.audience,
          input.purpose,
          input.anonymity,
          input.introduction,
          storedSections(input),
          latest.id,
        );
      version = getFormVersion(tx.db, latest.id);
      tx.audit({
        entity: 'form',
        entityId: formId,
        action: 'update',
        before: auditView(latest),
        after: auditView(version),
      });
    }
    tx.db.prepare('UPDATE forms SET updated_at = ? WHERE id = ?').run(tx.at, formId);
    return { form: getForm(tx.db, formId), version, newVersion: latest.frozen };
  });
}

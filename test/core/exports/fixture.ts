import { join } from 'node:path';
import { write, type WriteContext } from '../../../electron/core/db/write';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { tempDir, testDb } from '../../helpers/db';

/** Names a CSV must carry safely: commas, quotes, newlines, formulas, non-Latin letters. */
export const TRICKY = [
  { firstName: 'Ana, María', lastName: 'O"Brien' },
  { firstName: '=HYPERLINK("http://x")', lastName: 'Line\nBreak' },
  { firstName: '秀英', lastName: 'Иванова' },
  { firstName: '@Zoë', lastName: '-Ångström' },
];

/** A small facility: people with awkward names and notes, a program, a cohort, enrolments. */
export function smallFacility(): WriteContext & { path: string; programId: number; out: string } {
  const ctx = testDb();
  write(ctx, (tx) => {
    tx.db
      .prepare("INSERT INTO facility (id, name, created_at) VALUES (1, 'St Test', ?)")
      .run(tx.at);
    tx.audit({
      entity: 'facility',
      entityId: 1,
      action: 'create',
      before: null,
      after: { name: 'St Test' },
    });
  });
  const ids = TRICKY.map(
    (name, i) =>
      addStaff(ctx, `E${i + 1}`, {
        ...name,
        email: `person${i + 1}@hospital.example`,
        notes: `private note ${i + 1}`,
        hireDate: '2020-01-0' + String(i + 1),
      }).id,
  );
  const { program, cohort } = setUpCohort(ctx);
  enrolMentor(ctx, cohort.id, ids[0] ?? 0);
  enrolMentee(ctx, cohort.id, ids[1] ?? 0, { goals: 'secret goal text' });
  return { ...ctx, programId: program.id, out: join(tempDir(), 'bundle') };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RosterMapping } from '../../../shared/domain/roster';
import { TandemError } from '../../../shared/result';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { findStaffByEmployeeNumber } from '../../../electron/core/people/queries';
import { auditSnapshot } from '../../../electron/core/people/service';
import { suggestMapping } from '../../../electron/core/roster/mapping';
import { readRosterTable } from '../../../electron/core/roster/read';
import {
  commitRoster,
  listRosterMappings,
  previewRoster,
  saveRosterMapping,
  type RosterFile,
} from '../../../electron/core/roster/service';
import { ROSTER_PATH, testDb } from '../../helpers/db';

const csv = (fileName: string, text: string): RosterFile => ({
  fileName,
  bytes: new Uint8Array(Buffer.from(text, 'utf8')),
});
const roster = (): RosterFile => ({
  fileName: 'watson_healthcare_roster.csv',
  bytes: new Uint8Array(readFileSync(ROSTER_PATH)),
});
const mappingOf = async (file: RosterFile): Promise<RosterMapping> =>
  suggestMapping(await readRosterTable(file.fileName, file.bytes));

const count = (ctx: ReturnType<typeof testDb>, table: string) =>
  (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function rejection(promise: Promise<unknown>): Promise<TandemError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TandemError))
    throw new Error(`expected a TandemError, got ${String(error)}`);
  return error;
}

function supervisorsOf(ctx: ReturnType<typeof testDb>) {
  return ctx.db
    .prepare(
      'SELECT s.employee_number AS e, m.employee_number AS m FROM staff s LEFT JOIN staff m ON m.id = s.supervisor_id ORDER BY s.employee_number',
    )
    .all();
}

function staffEvents(ctx: ReturnType<typeof testDb>) {
  const rows = ctx.db
    .prepare("SELECT action, after_json FROM audit_events WHERE entity = 'staff' ORDER BY id")
    .all() as { action: string; after_json: string | null }[];
  return rows.map((r) => ({
    action: r.action,
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as Record<string, unknown>),
  }));
}

describe('importing a roster', () => {
  it('imports the whole shared roster: 1,676 staff with units, roles, levels, shifts and years', async () => {
    const ctx = testDb();
    const file = roster();
    const preview = await previewRoster(ctx.db, file);
    expect(preview.problemCount).toBe(0);
    expect(preview.summary).toMatchObject({ new: 1676, updated: 0, unchanged: 0, rejected: 0 });

    const summary = await commitRoster(ctx, file, preview.mapping);
    expect(summary).toMatchObject({ new: 1676, updated: 0, unchanged: 0, rejected: 0 });
    const first = ctx.db.prepare("SELECT * FROM staff WHERE employee_number = '1313919'").get();
    expect(first).toMatchObject({
      unit: 'Cardiology',
      role: 'rn',
      job_level: 2,
      shift: 'day',
      years_experience: 8,
      status: 'active',
    });
    const missing = ctx.db
      .prepare(
        'SELECT count(*) AS n FROM staff WHERE unit IS NULL OR role IS NULL OR job_level IS NULL OR shift IS NULL OR years_experience IS NULL',
      )
      .get();
    expect(missing).toEqual({ n: 0 });
    expect(ctx.db.prepare("SELECT count(*) AS n FROM staff WHERE role = 'admin'").get()).toEqual({
      n: 131,
    });
    expect(verifyAuditTrail(ctx.db)).toMatchObject({ intact: true, events: 1677 });
  });

  it('imports with the mapping suggested from the headers when none is given, and gives the page cache back', async () => {
    const ctx = testDb();
    const cache = ctx.db.pragma('cache_size', { simple: true });
    const summary = await commitRoster(ctx, roster());
    expect(summary).toMatchObject({ new: 1676, rejected: 0 });
    expect(
      ctx.db.prepare("SELECT role FROM staff WHERE employee_number = '1313919'").get(),
    ).toEqual({
      role: 'rn',
    });
    expect(ctx.db.pragma('cache_size', { simple: true })).toBe(cache);
  });

  it('imports a file with a stray quote late in it once, row by row, without counting rows twice', async () => {
    const ctx = testDb();
    // Rows 2 and 3 are read by the fast reader; row 4's quote makes csv-parse read it all again.
    const file = csv(
      'quote.csv',
      'Employee_ID,Department,Note\n1,Cardiology,x\n2,Maternity,y\n3,Neurology,5\'10"\n',
    );
    const summary = await commitRoster(ctx, file, await mappingOf(file));
    expect(summary).toMatchObject({ new: 3, rejected: 0 });
    expect(ctx.db.prepare('SELECT employee_number, unit FROM staff ORDER BY 1').all()).toEqual([
      { employee_number: '1', unit: 'Cardiology' },
      { employee_number: '2', unit: 'Maternity' },
      { employee_number: '3', unit: 'Neurology' },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const ctx = testDb();
    const file = roster();
    const mapping = await mappingOf(file);
    await commitRoster(ctx, file, mapping);
    const events = count(ctx, 'audit_events');
    const again = await commitRoster(ctx, file, mapping);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 1676 });
    expect(count(ctx, 'audit_events')).toBe(events);
  });

  it('updates only the fields that change, keyed by employee number, and says which', async () => {
    const ctx = testDb();
    const march = csv(
      'march.csv',
      'Employee_ID,Department,JobLevel\n100,Cardiology,2\n200,Maternity,3\n300,Neurology,1\n',
    );
    await commitRoster(ctx, march, await mappingOf(march));
    ctx.db.prepare("UPDATE staff SET notes = 'kept' WHERE employee_number = '100'").run();

    const april = csv(
      'april.csv',
      'Employee_ID,Department,JobLevel\n100,Neurology,2\n200,Maternity,4\n300,Neurology,1\n400,Cardiology,1\n',
    );
    const preview = await previewRoster(ctx.db, april);
    expect(preview.summary).toMatchObject({
      new: 1,
      updated: 2,
      unchanged: 1,
      changes: [
        {
          employeeNumber: '100',
          fields: ['unit'],
          values: [{ field: 'unit', before: 'Cardiology', after: 'Neurology' }],
        },
        {
          employeeNumber: '200',
          fields: ['jobLevel'],
          values: [{ field: 'jobLevel', before: 3, after: 4 }],
        },
      ],
      changedFieldCounts: { unit: 1, jobLevel: 1 },
    });
    await commitRoster(ctx, april, preview.mapping);
    expect(
      ctx.db.prepare("SELECT unit, notes FROM staff WHERE employee_number = '100'").get(),
    ).toEqual({ unit: 'Neurology', notes: 'kept' });
  });

  it('links supervisors by employee number, from the file or the directory', async () => {
    const ctx = testDb();
    const file = csv('s.csv', 'Employee_ID,Manager_ID\n1,\n2,1\n3,2\n');
    await commitRoster(ctx, file, await mappingOf(file));
    expect(supervisorsOf(ctx)).toEqual([
      { e: '1', m: null },
      { e: '2', m: '1' },
      { e: '3', m: '2' },
    ]);
  });

  it('writes each staff member once, with their supervisor, in one audit event', async () => {
    const ctx = testDb();
    // 1's supervisor comes later in the file; 3 and 4 supervise each other.
    const file = csv('s.csv', 'Employee_ID,Manager_ID\n1,2\n2,\n3,4\n4,3\n');
    await commitRoster(ctx, file, await mappingOf(file));
    expect(supervisorsOf(ctx)).toEqual([
      { e: '1', m: '2' },
      { e: '2', m: null },
      { e: '3', m: '4' },
      { e: '4', m: '3' },
    ]);
    const events = staffEvents(ctx);
    expect(events.map((e) => e.action)).toEqual(['create', 'create', 'create', 'create']);
    // Each event holds what the directory stores, as any other staff change records it.
    for (const event of events) {
      const stored = findStaffByEmployeeNumber(ctx.db, String(event.after?.employeeNumber));
      expect(event.after).toEqual(stored && JSON.parse(JSON.stringify(auditSnapshot(stored))));
    }
    expect(verifyAuditTrail(ctx.db)).toMatchObject({ intact: true, events: 5 });

    // A new supervisor for one person: one update event for that person only.
    const next = csv('s2.csv', 'Employee_ID,Manager_ID\n1,3\n2,\n3,4\n4,3\n');
    const summary = await commitRoster(ctx, next, await mappingOf(next));
    expect(summary).toMatchObject({
      updated: 1,
      unchanged: 3,
      changes: [
        {
          employeeNumber: '1',
          name: 'Employee 1',
          fields: ['supervisorEmployeeNumber'],
          values: [{ field: 'supervisorEmployeeNumber', before: '2', after: '3' }],
        },
      ],
    });
    expect(
      staffEvents(ctx)
        .slice(4)
        .map((e) => [e.action, e.after?.supervisorId]),
    ).toEqual([['import_update', findStaffByEmployeeNumber(ctx.db, '3')?.id]]);
  });

  it('rejects the whole file when any row has a problem, naming row, column, value and expectation', async () => {
    const ctx = testDb();
    const file = csv('bad.csv', 'Employee_ID,JobLevel,Manager_ID\n1,2,\n2,senior-ish,\n3,1,77\n');
    const error = await rejection(commitRoster(ctx, file, await mappingOf(file)));
    expect(error.code).toBe('import_rejected');
    expect(error.message).toBe('Nothing was imported from bad.csv: 2 rows have problems.');
    expect(error.details?.problems).toEqual([
      expect.objectContaining({ row: 3, field: 'JobLevel', value: 'senior-ish' }),
      expect.objectContaining({ row: 4, field: 'Manager_ID', value: '77' }),
    ]);
    expect(count(ctx, 'staff')).toBe(0);
    expect(count(ctx, 'audit_events')).toBe(0);
  });

  it('refuses a mapping that leaves the employee number unmapped, naming the columns', async () => {
    const ctx = testDb();
    const file = csv('nokey.csv', 'Name,Department\nAna,Cardiology\n');
    const error = await rejection(commitRoster(ctx, file, await mappingOf(file)));
    expect(error.message).toMatch(/mapping has problems/);
    expect(error.details?.problems?.[0]?.message).toMatch(/Employee number.*Name, Department/s);
    expect(count(ctx, 'staff')).toBe(0);
  });

  it('imports a generated 100,000-row roster in one transaction', async () => {
    const ctx = testDb();
    const lines = ['Employee_ID,Department,JobRole,JobLevel,Shift,TotalWorkingYears'];
    const units = ['Cardiology', 'Maternity', 'Neurology'];
    for (let i = 0; i < 100_000; i += 1)
      lines.push(`${1_000_000 + i},${units[i % 3]},Nurse,${(i % 5) + 1},${i % 4},${i % 40}`);
    const file = csv('big.csv', `${lines.join('\n')}\n`);
    const summary = await commitRoster(ctx, file, await mappingOf(file));
    expect(summary.new).toBe(100_000);
    expect(count(ctx, 'staff')).toBe(100_000);
    expect(count(ctx, 'audit_events')).toBe(100_001);
  });

  it('splits a full-name column, "Last, First" or "First Last", into first and last name', async () => {
    const ctx = testDb();
    const file = csv(
      'names.csv',
      'Employee Number,Employee Name\n1,"Ruiz, Ana María"\n2,Ben  Li\n3,Cher\n4,\n',
    );
    const preview = await previewRoster(ctx.db, file);
    expect(preview.mapping.columns).toEqual({
      'Employee Number': 'employeeNumber',
      'Employee Name': 'fullName',
    });
    expect(preview.warnings).toEqual([]);
    await commitRoster(ctx, file, preview.mapping);
    expect(
      ctx.db.prepare('SELECT employee_number, first_name, last_name FROM staff ORDER BY 1').all(),
    ).toEqual([
      { employee_number: '1', first_name: 'Ana María', last_name: 'Ruiz' },
      { employee_number: '2', first_name: 'Ben', last_name: 'Li' },
      { employee_number: '3', first_name: null, last_name: 'Cher' },
      { employee_number: '4', first_name: null, last_name: null },
    ]);

    // A later file with the names the other way round changes nothing.
    const again = csv('names2.csv', 'Employee Number,Name\n1,Ana María Ruiz\n2,"Li, Ben"\n');
    expect((await previewRoster(ctx.db, again)).summary).toMatchObject({
      updated: 0,
      unchanged: 2,
    });
  });

  it('prefers first and last name columns to a name column, and refuses both mapped at once', async () => {
    const ctx = testDb();
    const file = csv('both.csv', 'ID,Name,First Name,Last Name\n1,Ana Ruiz,Ana,Ruiz\n');
    const preview = await previewRoster(ctx.db, file);
    expect(preview.mapping.columns).toMatchObject({
      Name: null,
      'First Name': 'firstName',
      'Last Name': 'lastName',
    });
    const both = { ...preview.mapping, columns: { ...preview.mapping.columns, Name: 'fullName' } };
    const error = await rejection(commitRoster(ctx, file, both as RosterMapping));
    expect(error.details?.problems).toEqual([
      expect.objectContaining({
        field: 'Name',
        message: expect.stringMatching(/map either the full name or the first and last names/),
      }),
    ]);
  });

  it('warns before importing new staff without a name column, and only then', async () => {
    const ctx = testDb();
    const nameless = csv('nameless.csv', 'Employee_ID,Department\n1,Cardiology\n2,Maternity\n');
    const preview = await previewRoster(ctx.db, nameless);
    expect(preview.warnings).toEqual([
      expect.stringMatching(/^No column is mapped to a name, so the 2 new staff will have no name/),
    ]);
    await commitRoster(ctx, nameless, preview.mapping);
    // Nobody new: the stored names (none here) are not touched, so there is nothing to warn about.
    expect((await previewRoster(ctx.db, nameless)).warnings).toEqual([]);
  });

  it('says which coded values were guessed from a synonym', async () => {
    const ctx = testDb();
    const file = csv(
      'roles.csv',
      'Employee_ID,Job Title\n1,Nurse\n2,Registered nurse\n3,Surgeon\n',
    );
    const roles = (await previewRoster(ctx.db, file)).codedColumns[0];
    expect(roles?.values).toEqual([
      { value: 'Nurse', count: 1, mappedTo: 'rn', guessed: true },
      { value: 'Registered nurse', count: 1, mappedTo: 'rn', guessed: false },
      { value: 'Surgeon', count: 1, mappedTo: null, guessed: false },
    ]);
  });

  it('saves a mapping by name for next month and replaces it when saved again', async () => {
    const ctx = testDb();
    const mapping = await mappingOf(roster());
    saveRosterMapping(ctx, 'Monthly HR extract', mapping);
    saveRosterMapping(ctx, 'Monthly HR extract', {
      ...mapping,
      columns: { ...mapping.columns, Department: null },
    });
    const saved = listRosterMappings(ctx.db);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.mapping.columns.Department).toBeNull();
    expect(saved[0]?.mapping.values.shift).toEqual({
      '0': 'day',
      '1': 'evening',
      '2': 'night',
      '3': 'rotating',
    });
  });
});

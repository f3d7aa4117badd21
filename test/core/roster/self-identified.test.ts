import { describe, expect, it } from 'vitest';
import type { RosterMapping } from '../../../shared/domain/roster';
import { TandemError } from '../../../shared/result';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { recordDemographics } from '../../../electron/core/outcomes/demographics';
import { findStaffByEmployeeNumber } from '../../../electron/core/people/queries';
import { checkMapping, suggestMapping } from '../../../electron/core/roster/mapping';
import { readRosterTable } from '../../../electron/core/roster/read';
import { toRosterRecords } from '../../../electron/core/roster/records';
import {
  commitRoster,
  previewRoster,
  type RosterFile,
} from '../../../electron/core/roster/service';
import { testDb } from '../../helpers/db';

// The test clock's day (test/helpers/db.ts).
const TODAY = '2026-11-23';

const csv = (text: string, fileName = 'hr.csv'): RosterFile => ({
  fileName,
  bytes: new Uint8Array(Buffer.from(text, 'utf8')),
});
const mappingOf = async (file: RosterFile): Promise<RosterMapping> =>
  suggestMapping(await readRosterTable(file.fileName, file.bytes));

async function rejection(promise: Promise<unknown>): Promise<TandemError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TandemError))
    throw new Error(`expected a TandemError, got ${String(error)}`);
  return error;
}

interface StoredRow {
  employee: string;
  gender: string | null;
  race: string | null;
  age: string | null;
  firstGen: number | null;
  intl: number | null;
  consentOn: string;
}

function stored(ctx: ReturnType<typeof testDb>): StoredRow[] {
  return ctx.db
    .prepare(
      `SELECT s.employee_number AS employee, d.gender, d.race_ethnicity AS race, d.age_band AS age,
         d.first_generation AS firstGen, d.internationally_educated AS intl,
         d.consent_recorded_on AS consentOn
       FROM staff_demographics d JOIN staff s ON s.id = d.staff_id ORDER BY s.employee_number`,
    )
    .all() as StoredRow[];
}

const count = (ctx: ReturnType<typeof testDb>, table: string) =>
  (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const HEADER =
  'Employee_ID,Name,Gender,Ethnicity,Age,First_Generation,Internationally_Educated,Demographics_Consent';

describe('roster import: self-identified columns', () => {
  it('suggests the self-identified columns only beside a consent column', async () => {
    const withConsent = await mappingOf(csv(`${HEADER}\n1,Ana Ruiz,F,,30,no,yes,yes\n`));
    expect(withConsent.columns).toMatchObject({
      Gender: 'gender',
      Ethnicity: 'raceEthnicity',
      Age: 'ageBand',
      First_Generation: 'firstGeneration',
      Internationally_Educated: 'internationallyEducated',
      Demographics_Consent: 'demographicsConsent',
    });
    // An HR extract with Age and Gender but no consent: those columns are left alone.
    const without = await mappingOf(csv('Employee_ID,Gender,Age\n1,F,30\n'));
    expect(without.columns).toEqual({ Employee_ID: 'employeeNumber', Gender: null, Age: null });
  });

  it('refuses self-identified columns mapped without a consent column, naming them', () => {
    const problems = checkMapping(
      { columns: { Employee_ID: 'employeeNumber', Gender: 'gender', Age: 'ageBand' }, values: {} },
      ['Employee_ID', 'Gender', 'Age'],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('Gender');
    expect(problems[0]?.message).toMatch(
      /"Gender" and "Age" are mapped to self-identified data.*consent/,
    );
  });

  it('maps values: gender codes, age bands and ages, yes/no, "prefer not to say"', async () => {
    const file = csv(
      [
        HEADER,
        '1,A,F,Hispanic or Latino,27,Y,No,yes',
        '2,B,male,,25 - 34,true,0,2025-03-01',
        '3,C,Non-binary,Asian,65+,Prefer not to say,,consented',
        '4,D,,,<25,,,',
        '5,E,M,White,41,yes,yes,no',
      ].join('\n'),
    );
    const table = await readRosterTable(file.fileName, file.bytes);
    const { records, problems } = toRosterRecords(table, suggestMapping(table));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.selfIdentified)).toEqual([
      {
        consent: 'yes',
        dropped: false,
        values: {
          gender: 'Female',
          raceEthnicity: 'Hispanic or Latino',
          ageBand: '25–34',
          firstGeneration: true,
          internationallyEducated: false,
        },
      },
      {
        consent: '2025-03-01',
        dropped: false,
        values: {
          gender: 'Male',
          raceEthnicity: null,
          ageBand: '25–34',
          firstGeneration: true,
          internationallyEducated: false,
        },
      },
      {
        consent: 'yes',
        dropped: false,
        values: {
          gender: 'Non-binary',
          raceEthnicity: 'Asian',
          ageBand: '65 and over',
          firstGeneration: null,
          internationallyEducated: null,
        },
      },
      // No consent: the cells are not read, and a row with values notes them as dropped.
      { consent: null, dropped: true, values: {} },
      { consent: null, dropped: true, values: {} },
    ]);
  });

  it('names row, column, value and expectation for a bad value, and imports nothing', async () => {
    const ctx = testDb();
    const file = csv(
      [
        HEADER,
        '1,A,F,,thirty,yes,yes,yes',
        '2,B,F,,30,maybe,yes,yes',
        '3,C,F,,30,yes,yes,perhaps',
        // Without consent a bad value is never read: it is not stored either way.
        '4,D,F,,thirty,maybe,yes,no',
        `5,E,F,,30,yes,yes,2099-01-01`,
      ].join('\n'),
    );
    const error = await rejection(commitRoster(ctx, file, await mappingOf(file)));
    expect(error.message).toBe('Nothing was imported from hr.csv: 4 rows have problems.');
    expect(error.details?.problems).toEqual([
      {
        row: 2,
        field: 'Age',
        value: 'thirty',
        message: expect.stringMatching(
          /^expected an age band \(under 25, 25–34, .*\) or an age in years, found "thirty"/,
        ),
      },
      {
        row: 3,
        field: 'First_Generation',
        value: 'maybe',
        message: expect.stringMatching(/^expected yes or no, found "maybe"/),
      },
      {
        row: 4,
        field: 'Demographics_Consent',
        value: 'perhaps',
        message: expect.stringMatching(
          /^expected yes, no or the day consent was recorded \(YYYY-MM-DD\), found "perhaps"/,
        ),
      },
      {
        row: 6,
        field: 'Demographics_Consent',
        value: '2099-01-01',
        message: `expected the day consent was recorded, on or before today (${TODAY}), found "2099-01-01"`,
      },
    ]);
    expect(count(ctx, 'staff')).toBe(0);
    expect(count(ctx, 'staff_demographics')).toBe(0);
    expect(count(ctx, 'audit_events')).toBe(0);
  });

  it('stores values only with consent, counts them in the preview, never per person', async () => {
    const ctx = testDb();
    const file = csv(
      [
        HEADER,
        '1,Ana Ruiz,F,Hispanic or Latino,27,yes,no,yes',
        '2,Ben Ode,M,Black,44,no,yes,2025-03-01',
        '3,Cy Lee,F,Asian,35,no,no,',
        '4,Dee Ray,,,,,,no',
      ].join('\n'),
    );
    const preview = await previewRoster(ctx.db, file, undefined, TODAY);
    expect(preview.problemCount).toBe(0);
    expect(preview.summary.selfIdentified).toEqual({
      withConsent: 2,
      withoutConsent: 2,
      recorded: 2,
      removed: 0,
      droppedWithoutConsent: 1,
    });
    // The preview's rows carry staff fields only.
    const shown = JSON.stringify(preview.rows);
    expect(shown).not.toMatch(/Hispanic|Black|Asian|Female|Male|selfIdentified/);

    const summary = await commitRoster(ctx, file, preview.mapping);
    expect(summary.new).toBe(4);
    expect(summary.selfIdentified?.recorded).toBe(2);
    expect(JSON.stringify(summary)).not.toMatch(/Hispanic|Black|Female/);
    expect(stored(ctx)).toEqual([
      {
        employee: '1',
        gender: 'Female',
        race: 'Hispanic or Latino',
        age: '25–34',
        firstGen: 1,
        intl: 0,
        consentOn: TODAY,
      },
      {
        employee: '2',
        gender: 'Male',
        race: 'Black',
        age: '35–44',
        firstGen: 0,
        intl: 1,
        consentOn: '2025-03-01',
      },
    ]);
    // The trail says consent was recorded and which fields were answered, never the values.
    const events = ctx.db
      .prepare(
        "SELECT action, after_json AS a FROM audit_events WHERE entity = 'staff_demographics' ORDER BY id",
      )
      .all() as { action: string; a: string }[];
    expect(events.map((e) => e.action)).toEqual(['record_consent', 'record_consent']);
    expect(events.map((e) => e.a).join('')).not.toMatch(/Hispanic|Black|Female|Male|25–34/);
    const importEvent = ctx.db
      .prepare("SELECT after_json AS a FROM audit_events WHERE entity = 'roster_import'")
      .pluck()
      .get() as string;
    expect(importEvent).not.toMatch(/Hispanic|Female/);
    expect(verifyAuditTrail(ctx.db)).toMatchObject({ intact: true, events: 7 });
  });

  it('a second import: unchanged rows write nothing, withdrawn consent removes the row', async () => {
    const ctx = testDb();
    const first = csv([HEADER, '1,A,F,,27,yes,no,yes', '2,B,M,,44,no,yes,yes'].join('\n'));
    await commitRoster(ctx, first, await mappingOf(first));
    const events = count(ctx, 'audit_events');

    // The same file again: nothing written at all.
    const again = await commitRoster(ctx, first, await mappingOf(first));
    expect(again.selfIdentified).toMatchObject({ recorded: 0, removed: 0, withConsent: 2 });
    expect(count(ctx, 'audit_events')).toBe(events);

    // Consent withdrawn for 2 (an empty cell), 1 changes only their age band.
    const next = csv([HEADER, '1,A,F,,36,yes,no,yes', '2,B,M,,44,no,yes,'].join('\n'));
    const preview = await previewRoster(ctx.db, next, undefined, TODAY);
    expect(preview.summary).toMatchObject({
      unchanged: 2,
      selfIdentified: { recorded: 1, removed: 1, withConsent: 1, withoutConsent: 1 },
    });
    await commitRoster(ctx, next, preview.mapping);
    expect(stored(ctx)).toEqual([
      expect.objectContaining({ employee: '1', age: '35–44', gender: 'Female', consentOn: TODAY }),
    ]);
    const actions = ctx.db
      .prepare("SELECT action FROM audit_events WHERE entity = 'staff_demographics' ORDER BY id")
      .pluck()
      .all();
    expect(actions).toEqual(['record_consent', 'record_consent', 'update', 'withdraw_consent']);
  });

  it('keeps stored fields the file does not map, and the day consent was first recorded', async () => {
    const ctx = testDb();
    const seed = csv('Employee_ID,Name\n7,Ana Ruiz\n');
    await commitRoster(ctx, seed, await mappingOf(seed));
    const staffId = findStaffByEmployeeNumber(ctx.db, '7')?.id ?? 0;
    recordDemographics(ctx, {
      staffId,
      gender: 'Female',
      raceEthnicity: 'Asian',
      ageBand: '25–34',
      firstGeneration: true,
      internationallyEducated: null,
      consentRecordedOn: '2024-05-02',
    });
    const file = csv('Employee_ID,Gender,Age,Consent\n7,,40,yes\n');
    await commitRoster(ctx, file, await mappingOf(file));
    expect(stored(ctx)).toEqual([
      {
        employee: '7',
        gender: null, // mapped and empty: "prefer not to say"
        race: 'Asian', // not in the file: kept
        age: '35–44',
        firstGen: 1,
        intl: null,
        consentOn: '2024-05-02',
      },
    ]);
  });

  it('a consent column alone, all "no", removes what is stored and keeps no values', async () => {
    const ctx = testDb();
    const first = csv('Employee_ID,Gender,Consent\n1,F,yes\n2,M,yes\n');
    await commitRoster(ctx, first, await mappingOf(first));
    expect(count(ctx, 'staff_demographics')).toBe(2);
    const withdrawn = csv('Employee_ID,Consent\n1,no\n2,withdrawn\n');
    const summary = await commitRoster(ctx, withdrawn, await mappingOf(withdrawn));
    expect(summary.selfIdentified).toMatchObject({ removed: 2, withoutConsent: 2 });
    expect(count(ctx, 'staff_demographics')).toBe(0);
  });
});

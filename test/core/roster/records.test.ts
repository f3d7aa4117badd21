import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../electron/core/roster/mapping';
import { readRosterTable, type RosterTable } from '../../../electron/core/roster/read';
import { toRosterRecords } from '../../../electron/core/roster/records';
import type { RosterMapping } from '../../../shared/domain/roster';

const WATSON = new URL('../../../electron/core/demo/watson_healthcare_roster.csv', import.meta.url);

function readCsv(text: string): Promise<RosterTable> {
  return readRosterTable('roster.csv', new TextEncoder().encode(text));
}

/** Reads a CSV and turns it into records with the suggested mapping plus `values`. */
async function recordsOf(text: string, values: RosterMapping['values'] = {}) {
  const table = await readCsv(text);
  const suggested = suggestMapping(table);
  return toRosterRecords(table, { ...suggested, values: { ...suggested.values, ...values } });
}

/** The single problem a one-row file produces. */
async function onlyProblem(text: string, values: RosterMapping['values'] = {}) {
  const result = await recordsOf(text, values);
  expect(result.problems).toHaveLength(1);
  expect(result.records).toEqual([]);
  expect(result.rejectedRows).toBe(1);
  return result.problems[0];
}

describe('toRosterRecords: the Watson roster', () => {
  it('turns all 1,676 rows into records with no problems', async () => {
    const table = await readRosterTable('watson.csv', readFileSync(WATSON));
    const result = toRosterRecords(table, suggestMapping(table));
    expect(result.problems).toEqual([]);
    expect(result.rejectedRows).toBe(0);
    expect(result.records).toHaveLength(1676);
    expect(result.records[0]).toEqual({
      row: 2,
      values: {
        employeeNumber: '1313919',
        status: 'active',
        unit: 'Cardiology',
        jobLevel: 2,
        role: 'rn',
        shift: 'day',
        yearsExperience: 8,
      },
    });
    const count = (pick: (r: (typeof result.records)[number]) => unknown, value: unknown) =>
      result.records.filter((r) => pick(r) === value).length;
    expect(count((r) => r.values.role, 'admin')).toBe(131);
    expect(count((r) => r.values.shift, 'rotating')).toBe(99);
    expect(count((r) => r.values.status, 'left')).toBe(199);
  });
});

describe('toRosterRecords: values', () => {
  it('keeps only mapped fields: empty optional cells are null, lists are split', async () => {
    const text = [
      'Employee_ID,First name,Hire date,Languages,Interests,Shift,Status,Age',
      'E-100,Ana,2020-05-01,"English; Spanish | Tagalog","Sepsis, wound care",Day,,41',
      'E_101,,,,,,On leave,',
    ].join('\n');
    const result = await recordsOf(text);
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 2,
        values: {
          employeeNumber: 'E-100',
          firstName: 'Ana',
          hireDate: '2020-05-01',
          languages: ['English', 'Spanish', 'Tagalog'],
          interests: ['Sepsis', 'wound care'],
          shift: 'day',
          status: 'active',
        },
      },
      {
        row: 3,
        values: {
          employeeNumber: 'E_101',
          firstName: null,
          hireDate: null,
          languages: [],
          interests: [],
          shift: null,
          status: 'on_leave',
        },
      },
    ]);
  });

  it('accepts whole numbers written as 3.0 and dates with a time of day', async () => {
    const result = await recordsOf('Employee_ID,JobLevel,Hire date\n1,3.0,2021-03-15 00:00:00\n');
    expect(result.records[0]?.values).toEqual({
      employeeNumber: '1',
      jobLevel: 3,
      hireDate: '2021-03-15',
    });
  });

  it('uses value mappings case-insensitively, then stored values and labels', async () => {
    const result = await recordsOf('Employee_ID,Role\n1,staff rn\n2,Physician\n3,lab_scientist\n', {
      role: { 'Staff RN': 'rn' },
    });
    expect(result.records.map((r) => r.values.role)).toEqual(['rn', 'physician', 'lab_scientist']);
  });

  it('reads Windows-1252 names', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Employee_ID;First name\n7;Jos'),
      0xe9,
      0x0a,
      ...new TextEncoder().encode('8;Nu'),
      0xf1,
      0x65,
      0x7a,
    ]);
    const table = await readRosterTable('roster.csv', bytes);
    const result = toRosterRecords(table, suggestMapping(table));
    expect(result.records.map((r) => r.values.firstName)).toEqual(['José', 'Nuñez']);
  });
});

describe('toRosterRecords: problems name the row, the column, the value and what was expected', () => {
  it('refuses a job level that is not a whole number from 1 to 5', async () => {
    const rows = ['1,2', '2,senior-ish', '3,3.5', '4,6', '5,0'];
    const result = await recordsOf(['Employee_ID,JobLevel', ...rows].join('\n'));
    expect(result.records.map((r) => r.row)).toEqual([2]);
    expect(result.rejectedRows).toBe(4);
    expect(result.problems).toEqual(
      ['senior-ish', '3.5', '6', '0'].map((value, i) => ({
        row: i + 3,
        field: 'JobLevel',
        value,
        message: `expected a whole number from 1 to 5, found "${value}"`,
      })),
    );
  });

  it('refuses years of experience out of range', async () => {
    expect(await onlyProblem('Employee_ID,TotalWorkingYears\n1,-2\n')).toEqual({
      row: 2,
      field: 'TotalWorkingYears',
      value: '-2',
      message: 'expected a whole number from 0 to 70, found "-2"',
    });
  });

  it('refuses an impossible date', async () => {
    expect(await onlyProblem('Employee_ID,Hire date\n1,2026-02-30\n')).toEqual({
      row: 2,
      field: 'Hire date',
      value: '2026-02-30',
      message: 'expected a date as YYYY-MM-DD, found "2026-02-30"; there is no such day',
    });
  });

  it('refuses an ambiguous day/month date and shows the expected format', async () => {
    expect(await onlyProblem('Employee_ID,Start date\n1,03/04/2025\n')).toEqual({
      row: 2,
      field: 'Start date',
      value: '03/04/2025',
      message:
        'expected a date as YYYY-MM-DD, found "03/04/2025"; day and month could be either way round, so use YYYY-MM-DD (2025-04-03 is 3 April 2025)',
    });
  });

  it('refuses an end date before the hire date', async () => {
    expect(await onlyProblem('Employee_ID,Hire date,End date\n1,2020-06-01,2019-01-31\n')).toEqual({
      row: 2,
      field: 'End date',
      value: '2019-01-31',
      message: 'expected an end date on or after the hire date 2020-06-01, found "2019-01-31"',
    });
  });

  it('refuses an e-mail address without a domain', async () => {
    expect(await onlyProblem('Employee_ID,Email\n1,ana.lopez@\n')).toEqual({
      row: 2,
      field: 'Email',
      value: 'ana.lopez@',
      message: 'expected an e-mail address like name@example.org, found "ana.lopez@"',
    });
  });

  it('refuses an unmapped coded value, listing the allowed values', async () => {
    expect(await onlyProblem('Employee_ID,Shift\n1,Weekend\n')).toEqual({
      row: 2,
      field: 'Shift',
      value: 'Weekend',
      message:
        'expected one of Day, Evening, Night, Rotating, found "Weekend"; add a value mapping for "Weekend" to say which usual shift it means',
    });
  });

  it('requires an employee number of letters, digits, - and _ up to 32 characters', async () => {
    const long = 'A'.repeat(33);
    const result = await recordsOf(`Employee_ID,Unit\n,ICU\n12 34,ICU\n${long},ICU\n`);
    expect(result.rejectedRows).toBe(3);
    expect(result.problems).toEqual([
      {
        row: 2,
        field: 'Employee_ID',
        value: '',
        message: 'expected a value (Employee number is required), found an empty cell',
      },
      {
        row: 3,
        field: 'Employee_ID',
        value: '12 34',
        message: 'expected an employee number made of letters, digits, - and _ only, found "12 34"',
      },
      {
        row: 4,
        field: 'Employee_ID',
        value: long,
        message: `expected an employee number of at most 32 characters, found "${long}"; it has 33`,
      },
    ]);
  });

  it('flags later rows that repeat an employee number, naming the first row', async () => {
    const result = await recordsOf('Employee_ID,Unit\n100,ICU\n101,ER\n100,Cardiology\n100,NICU\n');
    expect(result.records.map((r) => r.row)).toEqual([2, 3]);
    expect(result.rejectedRows).toBe(2);
    expect(result.problems).toEqual(
      [4, 5].map((row) => ({
        row,
        field: 'Employee_ID',
        value: '100',
        message: 'expected each employee number once, found "100" again (first on row 2)',
      })),
    );
  });

  it('reports rows whose cells do not line up with the header', async () => {
    const text = 'Employee_ID,Unit,Shift\n1,ICU,Day\n2,Cardiology, East,Night\n3,ER\n';
    const result = await recordsOf(text);
    expect(result.records.map((r) => r.row)).toEqual([2]);
    expect(result.problems).toEqual([
      {
        row: 3,
        field: 'Shift',
        value: 'Night',
        message:
          'expected 3 cells like the header row, found 4: "Night" comes after the last column "Shift" (a delimiter inside a value that is not in quotes?)',
      },
      {
        row: 4,
        field: 'Shift',
        value: '',
        message:
          'expected 3 cells like the header row, found 2: the row ends before column "Shift" (a line break inside a value that is not in quotes?)',
      },
    ]);
  });

  it('rejects every row when no column holds the employee number', async () => {
    const table = await readCsv('Age,Department\n41,ICU\n39,ER\n');
    const result = toRosterRecords(table, suggestMapping(table));
    expect(result).toEqual({
      records: [],
      rejectedRows: 2,
      problems: [
        {
          field: 'employeeNumber',
          message:
            'No column is mapped to Employee number (required). Columns in the file: Age, Department.',
        },
      ],
    });
  });

  it('numbers rows after a quoted line break as a spreadsheet does', async () => {
    const text =
      'Employee_ID,Career goals,JobLevel\n1,"Educator\nthen manager",2\n2,Charge nurse,9\n';
    expect(await recordsOf(text)).toMatchObject({
      problems: [{ row: 3, field: 'JobLevel', value: '9' }],
    });
  });
});

describe('toRosterRecords: a large file', () => {
  it('reads 100,000 generated rows into 100,000 records', async () => {
    const roles = ['Nurse', 'Other', 'Therapist', 'Administrative', 'Admin'];
    const lines = ['Employee_ID,First name,Last name,Department,JobRole,JobLevel,Shift,Hire date'];
    for (let i = 0; i < 100_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(
        `E${i},Name${i},"Family, ${i}",Unit ${i % 40},${roles[i % 5]},${(i % 5) + 1},${i % 4},2015-03-${day}`,
      );
    }
    const table = await readCsv(lines.join('\r\n'));
    expect(table.info.rowCount).toBe(100_000);
    const result = toRosterRecords(table, suggestMapping(table));
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(100_000);
    expect(result.records[99_999]).toEqual({
      row: 100_001,
      values: {
        employeeNumber: 'E99999',
        firstName: 'Name99999',
        lastName: 'Family, 99999',
        unit: 'Unit 39',
        role: 'admin',
        jobLevel: 5,
        shift: 'rotating',
        hireDate: '2015-03-12',
      },
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  codedColumns,
  normaliseHeader,
  suggestMapping,
} from '../../../electron/core/roster/mapping';
import { readRosterTable, type RosterTable } from '../../../electron/core/roster/read';
import type { RosterMapping } from '../../../shared/domain/roster';

const WATSON = new URL('../../../electron/core/demo/watson_healthcare_roster.csv', import.meta.url);

function readCsv(text: string): Promise<RosterTable> {
  return readRosterTable('roster.csv', new TextEncoder().encode(text));
}

/** A one-column-per-value file: header plus one row per value. */
function column(header: string, values: string[]): Promise<RosterTable> {
  return readCsv(['Employee_ID,' + header, ...values.map((v, i) => `${i + 1},${v}`)].join('\n'));
}

describe('suggestMapping', () => {
  it('maps the Watson roster columns and its coded values', async () => {
    const table = await readRosterTable('watson.csv', readFileSync(WATSON));
    const mapping = suggestMapping(table);
    const mapped = Object.entries(mapping.columns).filter(([, field]) => field !== null);
    expect(Object.fromEntries(mapped)).toEqual({
      Employee_ID: 'employeeNumber',
      Department: 'unit',
      JobRole: 'role',
      JobLevel: 'jobLevel',
      Shift: 'shift',
      TotalWorkingYears: 'yearsExperience',
      Attrition: 'status',
    });
    expect(Object.keys(mapping.columns)).toEqual(table.headers);
    expect(mapping.values).toEqual({
      role: { Nurse: 'rn' },
      shift: { '0': 'day', '1': 'evening', '2': 'night', '3': 'rotating' },
      status: { No: 'active', Yes: 'left' },
    });

    const roles = codedColumns(table, mapping).find((c) => c.field === 'role');
    expect(roles?.column).toBe('JobRole');
    expect(roles?.values).toEqual([
      // "Nurse" is Tandem's guess; the others are stored values or their labels.
      { value: 'Nurse', count: 822, mappedTo: 'rn', guessed: true },
      { value: 'Other', count: 534, mappedTo: 'other', guessed: false },
      { value: 'Therapist', count: 189, mappedTo: 'therapist', guessed: false },
      { value: 'Administrative', count: 115, mappedTo: 'admin', guessed: false },
      { value: 'Admin', count: 16, mappedTo: 'admin', guessed: false },
    ]);
  });

  it('normalises headers to lower-case letters and digits', async () => {
    expect(normaliseHeader(' Employee_ID ')).toBe('employeeid');
    const table = await readCsv(
      'Employee No.,First Name,SURNAME,E-mail Address,Hire-Date,Languages Spoken\n1,A,B,a@b.org,2020-01-01,EN\n',
    );
    expect(suggestMapping(table).columns).toEqual({
      'Employee No.': 'employeeNumber',
      'First Name': 'firstName',
      SURNAME: 'lastName',
      'E-mail Address': 'email',
      'Hire-Date': 'hireDate',
      'Languages Spoken': 'languages',
    });
  });

  it('uses each field once, preferring the most specific header', async () => {
    const table = await readCsv('ID,Employee_ID,Level,JobLevel,Notes\n1,100,2,3,x\n');
    expect(suggestMapping(table).columns).toEqual({
      ID: null,
      Employee_ID: 'employeeNumber',
      Level: null,
      JobLevel: 'jobLevel',
      Notes: null,
    });
  });

  it('suggests roles from common synonyms and leaves unknown roles to the user', async () => {
    const values = [
      'RN',
      'Registered nurse',
      'LPN',
      'CNA',
      'Nursing assistant',
      'Phlebotomist',
      'MLS',
    ];
    values.push('Medical lab scientist', 'MLT', 'Lab technician', 'PT', 'OT', 'RT', 'Doctor', 'MD');
    values.push('Clerk', 'Admin', 'Administrative', 'Other', 'Surgeon');
    const mapping = suggestMapping(await column('Role', values));
    // RN, LPN and CNA are the stored codes themselves, so they need no entry.
    expect(mapping.values.role).toEqual({
      'Nursing assistant': 'cna',
      MLS: 'lab_scientist',
      MLT: 'lab_technician',
      'Lab technician': 'lab_technician',
      PT: 'therapist',
      OT: 'therapist',
      RT: 'therapist',
      Doctor: 'physician',
      MD: 'physician',
      Clerk: 'admin',
    });
  });

  it('reads shift codes 0–3 only when every value is such a code', async () => {
    const codes = suggestMapping(await column('Shift', ['0', '2', '2', '3']));
    expect(codes.values.shift).toEqual({ '0': 'day', '2': 'night', '3': 'rotating' });

    const mixed = suggestMapping(await column('Shift', ['0', '1', '7']));
    expect(mixed.values.shift).toBeUndefined();
  });

  it('suggests shift names', async () => {
    const values = ['Days', 'D', 'Eve', 'Nights', 'N', 'Rotating', 'night', 'Swing', 'Split'];
    const mapping = suggestMapping(await column('Usual shift', values));
    expect(mapping.values.shift).toEqual({
      Days: 'day',
      D: 'day',
      Eve: 'evening',
      Nights: 'night',
      N: 'night',
      Swing: 'evening',
    });
  });

  it('suggests statuses, and reads Yes/No only in an Attrition column', async () => {
    const status = suggestMapping(
      await column('Status', ['Active', 'LOA', 'On leave', 'Terminated', 'Yes']),
    );
    expect(status.values.status).toEqual({ LOA: 'on_leave', Terminated: 'left' });

    const attrition = suggestMapping(await column('Attrition', ['Yes', 'No']));
    expect(attrition.values.status).toEqual({ Yes: 'left', No: 'active' });
  });
});

describe('checkMapping', () => {
  const headers = ['Employee_ID', 'Age', 'Department', 'Unit'];

  it('accepts a complete mapping', () => {
    const mapping: RosterMapping = {
      columns: { Employee_ID: 'employeeNumber', Age: null, Department: 'unit', Unit: null },
      values: {},
    };
    expect(checkMapping(mapping, headers)).toEqual([]);
  });

  it('names the required field nobody maps and lists the columns', () => {
    const mapping: RosterMapping = {
      columns: { Employee_ID: null, Department: 'unit' },
      values: {},
    };
    expect(checkMapping(mapping, headers)).toEqual([
      {
        field: 'employeeNumber',
        message:
          'No column is mapped to Employee number (required). Columns in the file: Employee_ID, Age, Department, Unit.',
      },
    ]);
  });

  it('names both columns mapped to one field', () => {
    const mapping: RosterMapping = {
      columns: { Employee_ID: 'employeeNumber', Department: 'unit', Unit: 'unit' },
      values: {},
    };
    expect(checkMapping(mapping, headers)).toEqual([
      {
        field: 'Unit',
        message:
          'Columns "Department" and "Unit" are both mapped to Unit / department; map only one of them.',
      },
    ]);
  });

  it('names a column from a saved mapping that this file does not have', () => {
    const saved: RosterMapping = {
      columns: { 'Employee Number': 'employeeNumber', Department: 'unit', Gender: null },
      values: {},
    };
    expect(checkMapping(saved, headers)).toEqual([
      {
        field: 'Employee Number',
        message:
          'The mapping uses column "Employee Number" for Employee number, but this file has no such column (perhaps the mapping was saved for another file). Choose the column for Employee number again.',
      },
      {
        field: 'employeeNumber',
        message:
          'No column is mapped to Employee number (required). Columns in the file: Employee_ID, Age, Department, Unit.',
      },
    ]);
  });
});

describe('codedColumns', () => {
  it('counts each distinct value and shows what it maps to, null when unmapped', async () => {
    const table = await readCsv(
      'Employee_ID,Shift,Role\n1,Day,Nurse\n2,Nights,Nurse\n3,Day,Surgeon\n4,,Nurse\n5,constructor,Nurse\n',
    );
    const mapping: RosterMapping = {
      columns: { Employee_ID: 'employeeNumber', Shift: 'shift', Role: 'role' },
      values: { shift: { Nights: 'night' } },
    };
    expect(codedColumns(table, mapping)).toEqual([
      {
        field: 'role',
        column: 'Role',
        values: [
          { value: 'Nurse', count: 4, mappedTo: null, guessed: false },
          { value: 'Surgeon', count: 1, mappedTo: null, guessed: false },
        ],
      },
      {
        field: 'shift',
        column: 'Shift',
        values: [
          { value: 'Day', count: 2, mappedTo: 'day', guessed: false },
          { value: 'constructor', count: 1, mappedTo: null, guessed: false },
          { value: 'Nights', count: 1, mappedTo: 'night', guessed: true },
        ],
      },
    ]);
  });
});

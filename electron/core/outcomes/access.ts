import {
  ACCESS_COLUMNS,
  DEMOGRAPHIC_DIMENSIONS,
  DIMENSION_LABELS,
  type Access,
  type AccessColumn,
  type AccessTable,
  type Cell,
  type DemographicDimension,
  type OutcomesFilter,
} from '../../../shared/domain/outcomes';
import type { Db } from '../db/open';
import { PAIRING_JOINS, pairingScope, rangeSql } from './scope';
import { suppress } from './suppression';

/** One consenting person's answers and what they took part in (never leaves this module). */
export interface AccessPerson {
  groups: Partial<Record<DemographicDimension, string>>;
  mentee: boolean;
  mentor: boolean;
  activeStaff: boolean;
}

/**
 * Per dimension, how many of each self-identified group were mentees, mentors and active staff,
 * suppressed (see suppression.ts) before it leaves the core: counts per person never do.
 * Column totals are published, so columns get complementary suppression.
 */
export function accessTables(people: readonly AccessPerson[]): AccessTable[] {
  return DEMOGRAPHIC_DIMENSIONS.map((dimension) => {
    const groups = new Map<string, Record<AccessColumn, number>>();
    for (const p of people) {
      const group = p.groups[dimension];
      if (group === undefined) continue;
      const at = groups.get(group) ?? { mentees: 0, mentors: 0, activeStaff: 0 };
      if (p.mentee) at.mentees += 1;
      if (p.mentor) at.mentors += 1;
      if (p.activeStaff) at.activeStaff += 1;
      groups.set(group, at);
    }
    const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
    const counts = names.map((g) => ACCESS_COLUMNS.map((c) => groups.get(g)?.[c] ?? 0));
    const table = suppress(counts, { rowTotals: false, columnTotals: true });
    const record = (cells: readonly Cell[]) =>
      Object.fromEntries(
        ACCESS_COLUMNS.map((c, j) => [c, cells[j] ?? { suppressed: true }]),
      ) as Record<AccessColumn, Cell>;
    return {
      dimension,
      label: DIMENSION_LABELS[dimension],
      rows: names.map((group, i) => ({ group, cells: record(table.cells[i] ?? []) })),
      totals: record(table.columnTotals ?? []),
    };
  });
}

interface Row {
  gender: string | null;
  race_ethnicity: string | null;
  age_band: string | null;
  first_generation: number | null;
  internationally_educated: number | null;
  status: string;
  unit: string | null;
  mentee: number;
  mentor: number;
}

const yesNo = (v: number | null) => (v === null ? undefined : v === 1 ? 'Yes' : 'No');

export function access(db: Db, f: OutcomesFilter): Access {
  const s = pairingScope({ ...f, unit: null });
  const r = rangeSql(f, 'p.start_date');
  const inScope = `SELECT DISTINCT %s ${PAIRING_JOINS} WHERE ${s.where}${r.sql}`;
  const rows = db
    .prepare(
      `SELECT d.gender, d.race_ethnicity, d.age_band, d.first_generation, d.internationally_educated,
              st.status, st.unit,
              st.id IN (${inScope.replace('%s', 'ms.id')}) AS mentee,
              st.id IN (${inScope.replace('%s', 'mo.staff_id')}) AS mentor
       FROM staff_demographics d JOIN staff st ON st.id = d.staff_id
       ${f.unit !== null ? 'WHERE st.unit = ?' : ''}`,
    )
    .all(
      ...s.params,
      ...r.params,
      ...s.params,
      ...r.params,
      ...(f.unit !== null ? [f.unit] : []),
    ) as Row[];
  const people: AccessPerson[] = rows.map((row) => {
    const groups: Partial<Record<DemographicDimension, string>> = {};
    if (row.gender !== null) groups.gender = row.gender;
    if (row.race_ethnicity !== null) groups.raceEthnicity = row.race_ethnicity;
    if (row.age_band !== null) groups.ageBand = row.age_band;
    const fg = yesNo(row.first_generation);
    if (fg !== undefined) groups.firstGeneration = fg;
    const ie = yesNo(row.internationally_educated);
    if (ie !== undefined) groups.internationallyEducated = ie;
    return {
      groups,
      mentee: row.mentee === 1,
      mentor: row.mentor === 1,
      activeStaff: row.status !== 'left',
    };
  });
  return {
    tables: accessTables(people),
    withConsent: people.filter((p) => p.activeStaff).length,
  };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '../../../shared/domain/staff';
import { todayOf, write, type WriteContext } from '../db/write';
import { insertStaffInTransaction } from '../people/service';
import type { StaffFields } from '../people/rows';
import { suggestMapping } from '../roster/mapping';
import { readRosterTable, type RosterTable } from '../roster/read';
import { toRosterRecords } from '../roster/records';
import { CAREER_GOALS, EXTRA_LANGUAGES, FIRST_NAMES, INTERESTS, LAST_NAMES } from './names';
import { pick, seededRandom } from './random';
import { addDays } from '../../../shared/dates';
import { demoCalendar, type DemoCalendar } from './calendar';
import { buildDemoCompetencies } from './competencies';
import { buildDemoEvaluations } from './evaluations';
import { buildDemoOutcomes } from './outcomes';
import { buildDemoGoals } from './goals';
import { buildDemoGroups } from './groups';
import { buildDemoMeetings } from './meetings';
import { buildDemoPrograms } from './programs';
import { buildDemoTraining } from './training';

export const DEMO_FACILITY_NAME = 'Watson Regional Medical Center (demo)';
const SEED = 20261123;

/** The sample HR roster the demo facility is built from, shipped with the app. */
export function defaultDemoRosterPath(): string {
  return fileURLToPath(new URL('./watson_healthcare_roster.csv', import.meta.url));
}

/**
 * Fills an open facility with a deterministic, realistic demo: the sample roster's staff with
 * generated names, e-mails, hire dates, languages and supervisors. Later capabilities add their
 * part (programs, pairings, goals, ...) here, so the demo always shows all of Tandem.
 */
export async function buildDemoFacility(
  ctx: WriteContext,
  rosterPath = defaultDemoRosterPath(),
): Promise<void> {
  const table = await readRosterTable(
    'watson_healthcare_roster.csv',
    new Uint8Array(readFileSync(rosterPath)),
  );
  // The same roster always builds the same people; their history is dated from today.
  const calendar = demoCalendar(todayOf(ctx));
  const staff = demoStaff(table, calendar);
  write(ctx, (tx) => {
    // Supervisors first, so everyone else can point at them.
    const supervisorIds = new Map<string, number[]>();
    for (const s of staff.filter((p) => isSupervisor(p))) {
      const created = insertStaffInTransaction(tx, s);
      const unit = s.unit ?? '';
      supervisorIds.set(unit, [...(supervisorIds.get(unit) ?? []), created.id]);
    }
    staff
      .filter((p) => !isSupervisor(p))
      .forEach((s, index) => {
        const candidates = supervisorIds.get(s.unit ?? '') ?? [];
        const supervisorId =
          candidates.length > 0 ? (candidates[index % candidates.length] ?? null) : null;
        insertStaffInTransaction(tx, { ...s, supervisorId });
      });
  });
  // Training and sign-offs first: matching reads them when the demo's cohorts are optimised.
  buildDemoTraining(ctx);
  buildDemoCompetencies(ctx, calendar);
  buildDemoPrograms(ctx, calendar);
  buildDemoGoals(ctx);
  buildDemoMeetings(ctx);
  buildDemoEvaluations(ctx);
  buildDemoOutcomes(ctx);
  buildDemoGroups(ctx);
}

function isSupervisor(s: StaffFields): boolean {
  return (s.jobLevel ?? 0) >= 4 && s.status === 'active';
}

function demoStaff(table: RosterTable, calendar: DemoCalendar): StaffFields[] {
  const { records } = toRosterRecords(table, suggestMapping(table));
  const yearsAtCompany = table.headers.indexOf('YearsAtCompany');
  const random = seededRandom(SEED);
  const usedEmails = new Set<string>();
  return records.map((record, index) => {
    const v = record.values;
    const firstName = pick(random, FIRST_NAMES);
    const lastName = pick(random, LAST_NAMES);
    const years = Number(table.rows[index]?.cells[yearsAtCompany] ?? 0);
    const hireDate = addDays(calendar.hiresBefore, -Math.round(years * 365.25 + random() * 300));
    const left = v.status === 'left';
    return {
      employeeNumber: v.employeeNumber,
      firstName,
      lastName,
      preferredName: random() < 0.08 ? firstName.slice(0, 3) : null,
      email: uniqueEmail(firstName, lastName, usedEmails),
      role: demoRole(v.role ?? null, v.jobLevel ?? null, random),
      unit: v.unit ?? null,
      jobLevel: v.jobLevel ?? null,
      hireDate,
      endDate: left ? addDays(calendar.hiresBefore, -Math.floor(random() * 540)) : null,
      yearsExperience: Math.max(v.yearsExperience ?? 0, years),
      shift: v.shift ?? null,
      languages: [
        'English',
        ...EXTRA_LANGUAGES.filter((l) => random() < l.share).map((l) => l.language),
      ],
      interests: [pick(random, INTERESTS), pick(random, INTERESTS)].filter(
        (x, i, all) => all.indexOf(x) === i,
      ),
      careerGoals: random() < 0.4 ? pick(random, CAREER_GOALS) : null,
      supervisorId: null,
      status: left ? 'left' : random() < 0.012 ? 'on_leave' : 'active',
      notes: null,
    };
  });
}

/** The roster says only "Other" for most non-nursing staff; the demo spreads them over real disciplines. */
function demoRole(role: Role | null, level: number | null, random: () => number): Role | null {
  if (role === 'rn' && (level ?? 1) === 1 && random() < 0.25) return random() < 0.5 ? 'lpn' : 'cna';
  if (role !== 'other') return role;
  const r = random();
  if (r < 0.3) return 'phlebotomist';
  if (r < 0.5) return 'lab_technician';
  if (r < 0.65) return 'lab_scientist';
  if (r < 0.8) return 'cna';
  if (r < 0.88) return 'physician';
  return 'other';
}

function uniqueEmail(first: string, last: string, used: Set<string>): string {
  const base = `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  let email = `${base}@watson-regional.example`;
  for (let n = 2; used.has(email); n += 1) email = `${base}${n}@watson-regional.example`;
  used.add(email);
  return email;
}

import type { EnrolmentRole } from '../../../shared/domain/programs';
import { displayName, type Role } from '../../../shared/domain/staff';
import {
  expiryOf,
  type DueList,
  type TrainingStatus,
  type TrainingPerson,
  type TrainingRequirement,
  type UnknownModule,
} from '../../../shared/domain/training';
import type { Db } from '../db/open';
import { nameKey, programsByRequiredModule } from './modules';
import {
  catalogue,
  completionKey,
  completionStatus,
  latestCompletions,
  type CatalogueModule,
} from './status';

interface EnrolmentFact {
  staff_id: number;
  role: EnrolmentRole;
  cohort_code: string;
  program_name: string;
  required_training_json: string;
  employee_number: string;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  staff_role: Role | null;
  unit: string | null;
}

/**
 * Enrolments that make training due: not withdrawn, in a cohort that has not ended (one that
 * starts later counts: its mentors should be trained before it starts), of staff who have not
 * left.
 */
function currentEnrolments(db: Db, today: string, staffId: number | null): EnrolmentFact[] {
  return db
    .prepare(
      `SELECT e.staff_id, e.role, c.code AS cohort_code, p.name AS program_name, p.required_training_json,
              s.employee_number, s.first_name, s.last_name, s.preferred_name, s.role AS staff_role, s.unit
       FROM enrolments e
       JOIN cohorts c ON c.id = e.cohort_id
       JOIN programs p ON p.id = c.program_id
       JOIN staff s ON s.id = e.staff_id
       WHERE e.withdrawn_at IS NULL AND (c.end_date IS NULL OR c.end_date >= ?)
         AND s.status <> 'left' AND (? IS NULL OR e.staff_id = ?)
       ORDER BY lower(coalesce(s.last_name, '')), lower(coalesce(s.preferred_name, s.first_name, '')), s.employee_number, c.code`,
    )
    .all(today, staffId, staffId) as EnrolmentFact[];
}

function toPerson(e: EnrolmentFact): TrainingPerson {
  return {
    staffId: e.staff_id,
    employeeNumber: e.employee_number,
    displayName: displayName({
      firstName: e.first_name,
      lastName: e.last_name,
      preferredName: e.preferred_name,
      employeeNumber: e.employee_number,
    }),
    role: e.staff_role,
    unit: e.unit,
  };
}

interface Draft {
  person: TrainingPerson;
  module: CatalogueModule | undefined;
  moduleName: string;
  requiredAs: Set<EnrolmentRole>;
  requiredBy: Set<string>;
}

/** Each (person, module) an enrolment asks for: the program's mentor training and required modules. */
function drafts(enrolments: EnrolmentFact[], modules: Map<string, CatalogueModule>): Draft[] {
  const byKey = new Map<string, Draft>();
  const add = (e: EnrolmentFact, name: string, why: string) => {
    const key = `${e.staff_id}|${nameKey(name)}`;
    const module = modules.get(nameKey(name));
    const draft = byKey.get(key) ?? {
      person: toPerson(e),
      module,
      moduleName: module?.name ?? name.trim(),
      requiredAs: new Set<EnrolmentRole>(),
      requiredBy: new Set<string>(),
    };
    draft.requiredAs.add(e.role);
    draft.requiredBy.add(why);
    byKey.set(key, draft);
  };
  for (const e of enrolments) {
    if (e.role === 'mentor') {
      for (const name of JSON.parse(e.required_training_json) as string[]) {
        if (nameKey(name) !== '') add(e, name, `${e.cohort_code} (${e.program_name})`);
      }
    }
    for (const module of modules.values()) {
      if (module.required && (module.audience === 'both' || module.audience === e.role)) {
        add(e, module.name, `Required of every ${e.role}`);
      }
    }
  }
  return [...byKey.values()];
}

function requirements(db: Db, today: string, staffId: number | null): TrainingRequirement[] {
  const enrolments = currentEnrolments(db, today, staffId);
  if (enrolments.length === 0) return [];
  const latest = latestCompletions(db, staffId === null ? null : [staffId]);
  return drafts(enrolments, catalogue(db)).map((d) => {
    const completedOn = d.module
      ? (latest.get(completionKey(d.person.staffId, d.module.id)) ?? null)
      : null;
    const expiresOn =
      d.module && completedOn !== null ? expiryOf(completedOn, d.module.validMonths) : null;
    return {
      person: d.person,
      moduleId: d.module?.id ?? null,
      moduleName: d.moduleName,
      status: completedOn === null ? 'missing' : completionStatus(expiresOn, today),
      completedOn,
      expiresOn,
      requiredAs: [...d.requiredAs].sort(),
      requiredBy: [...d.requiredBy],
    };
  });
}

/** Names programs require that match no module, with the programs that name them. */
export function unknownModules(db: Db): UnknownModule[] {
  const modules = catalogue(db);
  const spelled = new Map<string, string>();
  for (const row of db.prepare('SELECT required_training_json FROM programs').all() as {
    required_training_json: string;
  }[]) {
    for (const name of JSON.parse(row.required_training_json) as string[])
      spelled.set(nameKey(name), name.trim());
  }
  return [...programsByRequiredModule(db)]
    .filter(([key]) => key !== '' && !modules.has(key))
    .map(([key, programs]) => ({ name: spelled.get(key) ?? key, programs }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One person's required training, as far as their current enrolments ask for it. */
export function personRequirements(db: Db, staffId: number, today: string): TrainingRequirement[] {
  return requirements(db, today, staffId).sort(byModule);
}

const byModule = (a: TrainingRequirement, b: TrainingRequirement) =>
  a.moduleName.localeCompare(b.moduleName);

/** Most urgent first: what no longer counts, then what never did, then what soon will not. */
const URGENCY: readonly TrainingStatus[] = ['expired', 'missing', 'expiring', 'complete'];

/** Facility-wide: everything required and not complete, the most urgent first, then by person. */
export function dueList(db: Db, today: string): DueList {
  const open = requirements(db, today, null).filter((r) => r.status !== 'complete');
  // People come from the query in name order; keep it within each status.
  const personOrder = new Map<number, number>();
  for (const r of open)
    if (!personOrder.has(r.person.staffId)) personOrder.set(r.person.staffId, personOrder.size);
  const order = (r: TrainingRequirement) => personOrder.get(r.person.staffId) ?? 0;
  const items = open.sort(
    (a, b) =>
      URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status) ||
      order(a) - order(b) ||
      byModule(a, b),
  );
  return { today, items, unknownModules: unknownModules(db) };
}

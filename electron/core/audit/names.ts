import {
  AUDIT_REFERENCES,
  referenceKey,
  type AuditReferenceKind,
} from '../../../shared/domain/audit';
import { displayName } from '../../../shared/domain/staff';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * Names for the ids an audit page mentions, read from the database in one query per kind of
 * record (never per event): the records an event is about, and the ids in its before and after
 * values ("validatorId": 99 → "Ana Ruiz"). Records that no longer exist have no name here; the
 * page falls back on what the event itself says.
 */

/** What a record's name needs: staff ids whose names go in it, and how to write it. */
interface Named {
  staff: number[];
  text: (person: (id: number) => string) => string;
}

type Row = Record<string, unknown> & { id: number };

interface KindResolver {
  sql: string;
  named: (row: Row) => Named;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const only = (text: string): Named => ({ staff: [], text: () => text });

const PAIRING_PEOPLE = `
  JOIN enrolments me ON me.id = p.mentor_enrolment_id
  JOIN enrolments ee ON ee.id = p.mentee_enrolment_id`;

const pairingWords = (mentor: unknown, mentee: unknown): Named => ({
  staff: [num(mentor), num(mentee)],
  text: (person) => `${person(num(mentor))} mentoring ${person(num(mentee))}`,
});

const IDS = 'IN (SELECT value FROM json_each(@ids))';

/** One query per kind; `@ids` is a JSON array of the ids wanted. */
const RESOLVERS: Record<string, KindResolver> = {
  cohort: {
    sql: `SELECT id, name, code FROM cohorts WHERE id ${IDS}`,
    named: (r) => only(`${str(r.name)} (${str(r.code)})`),
  },
  program: {
    sql: `SELECT id, name FROM programs WHERE id ${IDS}`,
    named: (r) => only(str(r.name)),
  },
  competency: {
    sql: `SELECT id, name FROM competencies WHERE id ${IDS}`,
    named: (r) => only(str(r.name)),
  },
  training_module: {
    sql: `SELECT id, name FROM training_modules WHERE id ${IDS}`,
    named: (r) => only(str(r.name)),
  },
  goal_template: {
    sql: `SELECT id, title FROM goal_templates WHERE id ${IDS}`,
    named: (r) => only(`“${str(r.title)}”`),
  },
  roster_mapping: {
    sql: `SELECT id, name FROM roster_mappings WHERE id ${IDS}`,
    named: (r) => only(`“${str(r.name)}”`),
  },
  facility: {
    sql: `SELECT id, name FROM facility WHERE id ${IDS}`,
    named: (r) => only(str(r.name)),
  },
  form: {
    sql: `SELECT f.id, (SELECT v.name FROM form_versions v WHERE v.form_id = f.id
            ORDER BY v.version DESC LIMIT 1) AS name
          FROM forms f WHERE f.id ${IDS}`,
    named: (r) => only(`“${str(r.name)}”`),
  },
  form_version: {
    sql: `SELECT id, name, version FROM form_versions WHERE id ${IDS}`,
    named: (r) => only(`“${str(r.name)}”, version ${str(r.version)}`),
  },
  pairing: {
    sql: `SELECT p.id, me.staff_id AS mentor, ee.staff_id AS mentee
          FROM pairings p ${PAIRING_PEOPLE} WHERE p.id ${IDS}`,
    named: (r) => pairingWords(r.mentor, r.mentee),
  },
  enrolment: {
    sql: `SELECT e.id, e.staff_id, e.role, c.code FROM enrolments e
          JOIN cohorts c ON c.id = e.cohort_id WHERE e.id ${IDS}`,
    named: (r) => ({
      staff: [num(r.staff_id)],
      text: (person) => `${person(num(r.staff_id))}, ${str(r.role)} in ${str(r.code)}`,
    }),
  },
  goal: {
    sql: `SELECT g.id, g.title, ee.staff_id AS mentee FROM goals g
          JOIN pairings p ON p.id = g.pairing_id
          JOIN enrolments ee ON ee.id = p.mentee_enrolment_id WHERE g.id ${IDS}`,
    named: (r) => ({
      staff: [num(r.mentee)],
      text: (person) => `“${str(r.title)}” (${person(num(r.mentee))})`,
    }),
  },
  goal_milestone: {
    sql: `SELECT m.id, m.title, g.title AS goal FROM goal_milestones m
          JOIN goals g ON g.id = m.goal_id WHERE m.id ${IDS}`,
    named: (r) => only(`“${str(r.title)}” of the goal “${str(r.goal)}”`),
  },
  goal_progress: {
    sql: `SELECT gp.id, gp.date, g.title AS goal FROM goal_progress gp
          JOIN goals g ON g.id = gp.goal_id WHERE gp.id ${IDS}`,
    named: (r) => only(`Progress of ${str(r.date)} on the goal “${str(r.goal)}”`),
  },
  meeting: {
    sql: `SELECT m.id, m.date, me.staff_id AS mentor, ee.staff_id AS mentee FROM meetings m
          JOIN pairings p ON p.id = m.pairing_id ${PAIRING_PEOPLE} WHERE m.id ${IDS}`,
    named: (r) => ({
      staff: [num(r.mentor), num(r.mentee)],
      text: (person) => `${str(r.date)}, ${person(num(r.mentor))} and ${person(num(r.mentee))}`,
    }),
  },
  competency_sign_off: {
    sql: `SELECT o.id, o.staff_id, c.name FROM competency_sign_offs o
          JOIN competencies c ON c.id = o.competency_id WHERE o.id ${IDS}`,
    named: (r) => ({
      staff: [num(r.staff_id)],
      text: (person) => `${str(r.name)}, ${person(num(r.staff_id))}`,
    }),
  },
  training_completion: {
    sql: `SELECT t.id, t.staff_id, m.name FROM training_completions t
          JOIN training_modules m ON m.id = t.module_id WHERE t.id ${IDS}`,
    named: (r) => ({
      staff: [num(r.staff_id)],
      text: (person) => `${str(r.name)}, ${person(num(r.staff_id))}`,
    }),
  },
  do_not_pair: {
    sql: `SELECT id, staff_a, staff_b FROM do_not_pair WHERE id ${IDS}`,
    named: (r) => ({
      staff: [num(r.staff_a), num(r.staff_b)],
      text: (person) => `${person(num(r.staff_a))} and ${person(num(r.staff_b))}`,
    }),
  },
  staff_demographics: {
    sql: `SELECT id FROM staff WHERE id ${IDS}`,
    named: (r) => ({ staff: [r.id], text: (person) => person(r.id) }),
  },
  succession_rating: {
    sql: `SELECT id, staff_id, target_role FROM succession_ratings WHERE id ${IDS}`,
    named: (r) => ({
      staff: [num(r.staff_id)],
      text: (person) => `${person(num(r.staff_id))} for ${str(r.target_role)}`,
    }),
  },
  circle: {
    sql: `SELECT ci.id, ci.name, c.code FROM circles ci JOIN cohorts c ON c.id = ci.cohort_id
          WHERE ci.id ${IDS}`,
    named: (r) => only(`${str(r.name)} (${str(r.code)})`),
  },
  circle_meeting: {
    sql: `SELECT m.id, m.date, ci.name FROM circle_meetings m
          JOIN circles ci ON ci.id = m.circle_id WHERE m.id ${IDS}`,
    named: (r) => only(`${str(r.date)}, ${str(r.name)}`),
  },
  circle_goal: {
    sql: `SELECT g.id, g.title, ci.name FROM circle_goals g
          JOIN circles ci ON ci.id = g.circle_id WHERE g.id ${IDS}`,
    named: (r) => only(`“${str(r.title)}” (${str(r.name)})`),
  },
  account: {
    sql: `SELECT id, display_name, username FROM accounts WHERE id ${IDS}`,
    named: (r) => only(`${str(r.display_name)} (${str(r.username)})`),
  },
  evaluation_response: {
    sql: `SELECT r.id, v.name, r.period, r.respondent_staff_id AS respondent,
            me.staff_id AS mentor, ee.staff_id AS mentee
          FROM evaluation_responses r JOIN form_versions v ON v.id = r.form_version_id
          JOIN pairings p ON p.id = r.pairing_id ${PAIRING_PEOPLE} WHERE r.id ${IDS}`,
    named: (r) => {
      const people = [num(r.mentor), num(r.mentee)];
      const respondent = r.respondent === null ? null : num(r.respondent);
      return {
        staff: respondent === null ? people : [...people, respondent],
        text: (person) =>
          `“${str(r.name)}” ${respondent === null ? 'for' : `by ${person(respondent)} for`} ${person(people[0] ?? 0)} mentoring ${person(people[1] ?? 0)}`,
      };
    },
  },
};

/** What an audit page needs named: kind → ids. */
export class AuditReferences {
  private readonly wanted = new Map<string, Set<number>>();

  add(kind: string, id: unknown): void {
    const n = typeof id === 'number' ? id : typeof id === 'string' ? Number(id) : NaN;
    if (!Number.isSafeInteger(n) || n <= 0) return;
    if (kind !== 'staff' && !Object.hasOwn(RESOLVERS, kind)) return;
    let ids = this.wanted.get(kind);
    if (!ids) {
      ids = new Set();
      this.wanted.set(kind, ids);
    }
    ids.add(n);
  }

  /** Every `kind:id` added. */
  *keys(): Generator<string> {
    for (const [kind, ids] of this.wanted) for (const id of ids) yield referenceKey(kind, id);
  }

  /** The ids in a before or after value, by the fields AUDIT_REFERENCES knows. */
  addValues(value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [field, v] of Object.entries(value)) {
      const kind: AuditReferenceKind | undefined = Object.hasOwn(AUDIT_REFERENCES, field)
        ? AUDIT_REFERENCES[field]
        : undefined;
      if (kind) this.add(kind, v);
    }
  }

  /** `kind:id` → name for every record found, and the employee number of every person named. */
  resolve(db: Db): { names: Map<string, string>; employeeNumbers: Map<number, string> } {
    const records: [string, Named][] = [];
    const staffIds = new Set(this.wanted.get('staff') ?? []);
    for (const [kind, ids] of this.wanted) {
      const resolver = RESOLVERS[kind];
      if (!resolver) continue;
      const rows = statement(db, resolver.sql).all({ ids: JSON.stringify([...ids]) }) as Row[];
      for (const row of rows) {
        const named = resolver.named(row);
        named.staff.forEach((id) => staffIds.add(id));
        records.push([referenceKey(kind, row.id), named]);
      }
    }
    const people = staffNames(db, [...staffIds]);
    const person = (id: number) => people.get(id)?.name ?? `staff member #${id}`;
    const names = new Map<string, string>();
    const employeeNumbers = new Map<number, string>();
    for (const [id, p] of people) {
      names.set(referenceKey('staff', id), p.name);
      employeeNumbers.set(id, p.employeeNumber);
    }
    for (const [key, named] of records) names.set(key, named.text(person));
    return { names, employeeNumbers };
  }
}

interface StaffNameRow {
  id: number;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  employee_number: string;
}

function staffNames(db: Db, ids: number[]): Map<number, { name: string; employeeNumber: string }> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT id, first_name, last_name, preferred_name, employee_number FROM staff WHERE id ${IDS}`,
  ).all({ ids: JSON.stringify(ids) }) as StaffNameRow[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: displayName({
          firstName: r.first_name,
          lastName: r.last_name,
          preferredName: r.preferred_name,
          employeeNumber: r.employee_number,
        }),
        employeeNumber: r.employee_number,
      },
    ]),
  );
}

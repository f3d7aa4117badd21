import { addDays } from '../../../shared/dates';
import {
  EXPIRING_WITHIN_DAYS,
  expiryOf,
  type TrainingStatus,
} from '../../../shared/domain/training';
import type { Db } from '../db/open';
import { nameKey } from './modules';

/** Where one completion stands today: it counts until its expiry day, not on it. */
export function completionStatus(
  expiresOn: string | null,
  today: string,
): Exclude<TrainingStatus, 'missing'> {
  if (expiresOn === null) return 'complete';
  if (expiresOn <= today) return 'expired';
  if (expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'complete';
}

export interface CatalogueModule {
  id: number;
  name: string;
  audience: 'mentor' | 'mentee' | 'both';
  required: boolean;
  validMonths: number | null;
}

/** The catalogue by lower-case name, for matching the names programs use. */
export function catalogue(db: Db): Map<string, CatalogueModule> {
  const rows = db
    .prepare(
      'SELECT id, name, audience, required, valid_months FROM training_modules ORDER BY name',
    )
    .all() as {
    id: number;
    name: string;
    audience: CatalogueModule['audience'];
    required: number;
    valid_months: number | null;
  }[];
  return new Map(
    rows.map((r) => [
      nameKey(r.name),
      {
        id: r.id,
        name: r.name,
        audience: r.audience,
        required: r.required === 1,
        validMonths: r.valid_months,
      },
    ]),
  );
}

export const completionKey = (staffId: number, moduleId: number): string =>
  `${staffId}:${moduleId}`;

/**
 * The day of each person's latest completion of each module that is not void, keyed by
 * `completionKey`. Only the latest counts: an older one expires sooner or at the same time.
 */
export function latestCompletions(db: Db, staffIds: readonly number[] | null): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT c.staff_id, c.module_id, max(c.completed_on) AS completed_on
       FROM training_completions c
       WHERE NOT EXISTS (SELECT 1 FROM training_completion_voids v WHERE v.completion_id = c.id)
         AND (? IS NULL OR c.staff_id IN (SELECT value FROM json_each(?)))
       GROUP BY c.staff_id, c.module_id`,
    )
    .all(staffIds === null ? null : 1, JSON.stringify(staffIds ?? [])) as {
    staff_id: number;
    module_id: number;
    completed_on: string;
  }[];
  return new Map(rows.map((r) => [completionKey(r.staff_id, r.module_id), r.completed_on]));
}

/** Why one required module does not count for a person today. */
export interface TrainingGap {
  /** The catalogue's spelling when the module exists, else the program's. */
  moduleName: string;
  reason: 'missing' | 'expired' | 'unknown';
  /** The day the latest completion stopped counting (reason "expired" only). */
  expiredOn: string | null;
}

export function describeGap(gap: TrainingGap): string {
  if (gap.reason === 'expired') return `${gap.moduleName} (expired ${gap.expiredOn ?? ''})`;
  if (gap.reason === 'unknown') return `${gap.moduleName} (not in the training catalogue)`;
  return gap.moduleName;
}

/** Each person's gaps against the named modules; an empty list when they have them all. */
export function trainingGaps(
  db: Db,
  staffIds: readonly number[],
  requiredModuleNames: readonly string[],
  today: string,
): Map<number, TrainingGap[]> {
  const modules = catalogue(db);
  const names = [
    ...new Map(requiredModuleNames.map((n) => [nameKey(n), n.trim()])).entries(),
  ].filter(([key]) => key !== '');
  const latest = names.length === 0 ? new Map<string, string>() : latestCompletions(db, staffIds);
  const result = new Map<number, TrainingGap[]>();
  for (const staffId of staffIds) {
    const gaps: TrainingGap[] = [];
    for (const [key, spelled] of names) {
      const module = modules.get(key);
      if (!module) {
        gaps.push({ moduleName: spelled, reason: 'unknown', expiredOn: null });
        continue;
      }
      const completedOn = latest.get(completionKey(staffId, module.id));
      const expiresOn =
        completedOn === undefined ? null : expiryOf(completedOn, module.validMonths);
      if (completedOn === undefined)
        gaps.push({ moduleName: module.name, reason: 'missing', expiredOn: null });
      else if (completionStatus(expiresOn, today) === 'expired') {
        gaps.push({ moduleName: module.name, reason: 'expired', expiredOn: expiresOn });
      }
    }
    result.set(staffId, gaps);
  }
  return result;
}

/**
 * The matching rule's question: for each mentor, the required modules that do not count today
 * (never completed, expired, or not in the catalogue at all), in words for the board, e.g.
 * "Preceptor essentials (expired 2026-03-01)". An empty list means the mentor may be paired.
 * Voided completions never count; a module is matched by name without regard to case.
 */
export function mentorTrainingGaps(
  db: Db,
  staffIds: number[],
  requiredModuleNames: string[],
  today: string,
): Map<number, string[]> {
  const gaps = trainingGaps(db, staffIds, requiredModuleNames, today);
  return new Map([...gaps].map(([staffId, list]) => [staffId, list.map(describeGap)]));
}

/**
 * What a mentor in a program must have: the program's required training, then the catalogue's
 * modules marked required for mentors (audience mentor or both), without repeats.
 */
export function requiredMentorTraining(db: Db, programRequired: readonly string[]): string[] {
  const result = new Map(programRequired.map((n) => [nameKey(n), n.trim()]));
  for (const module of catalogue(db).values()) {
    if (module.required && module.audience !== 'mentee' && !result.has(nameKey(module.name))) {
      result.set(nameKey(module.name), module.name);
    }
  }
  return [...result.values()].filter((n) => n !== '');
}

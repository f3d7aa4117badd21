import type {
  OutcomesDashboard,
  OutcomesFilter,
  OutcomesOptions,
} from '../../../shared/domain/outcomes';
import type { Db } from '../db/open';
import { access } from './access';
import { engagement } from './engagement';
import { retention } from './retention';
import { satisfaction } from './satisfaction';
import { skills } from './skills';
import { succession } from './succession';

export function outcomesOptions(db: Db): OutcomesOptions {
  return {
    programs: db
      .prepare('SELECT id, name FROM programs ORDER BY name')
      .all() as OutcomesOptions['programs'],
    cohorts: db
      .prepare(
        'SELECT id, code, program_id AS programId FROM cohorts ORDER BY start_date DESC, code',
      )
      .all() as OutcomesOptions['cohorts'],
    units: db
      .prepare('SELECT DISTINCT unit FROM staff WHERE unit IS NOT NULL ORDER BY unit')
      .pluck()
      .all() as string[],
  };
}

function timed<T>(timings: Record<string, number>, name: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  timings[name] = Math.round((performance.now() - start) * 10) / 10;
  return value;
}

/** Every measure for one filter, read in one transaction so they agree with each other. */
export function outcomesDashboard(
  db: Db,
  filter: OutcomesFilter,
  today: string,
): OutcomesDashboard {
  return db.transaction(() => {
    const timings: Record<string, number> = {};
    return {
      filter,
      today,
      options: timed(timings, 'options', () => outcomesOptions(db)),
      retention: timed(timings, 'retention', () => retention(db, filter, today)),
      satisfaction: timed(timings, 'satisfaction', () => satisfaction(db, filter)),
      engagement: timed(timings, 'engagement', () => engagement(db, filter, today)),
      skills: timed(timings, 'skills', () => skills(db, filter)),
      access: timed(timings, 'access', () => access(db, filter)),
      succession: timed(timings, 'succession', () => succession(db, filter)),
      timings,
    };
  })();
}

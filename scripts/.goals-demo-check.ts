import { createContext } from '../electron/core/context';
import { createFacility } from '../electron/core/facility/service';
import { memorySettings } from '../electron/core/settings';
import { cohortGoals } from '../electron/core/goals/cohort';
import { rmSync } from 'node:fs';

const build = process.argv[2] ?? '2026-09-01';
const view = process.argv[3] ?? '2026-11-23';
let now = new Date(`${build}T08:00:00Z`);
const ctx = createContext({ settings: memorySettings(), userDataDir: '/tmp/goalsdemo', clock: { now: () => now } });
const path = `/tmp/goalsdemo/demo-${build}.sqlite`;
rmSync(path, { force: true }); rmSync(path + '-wal', { force: true }); rmSync(path + '-shm', { force: true });
const t0 = Date.now();
await createFacility(ctx, { path, name: 'Demo', demo: true });
console.log('built in', Date.now() - t0, 'ms');
now = new Date(`${view}T08:00:00Z`);
const db = ctx.db!;
// Emulates demo pairings accepted at the cohort start and the demo built later: rebuild goals now.
db.exec('DELETE FROM goal_progress; DELETE FROM goal_milestones; DELETE FROM goals; DELETE FROM goal_templates;');
const { buildDemoGoals } = await import('../electron/core/demo/goals');
const t1 = Date.now();
buildDemoGoals({ db, actor: ctx.actor, clock: ctx.clock });
console.log('goals built in', Date.now() - t1, 'ms');
const cohort = db.prepare("SELECT id FROM cohorts WHERE code = 'RES-2026-FALL'").get() as { id: number };
const v = cohortGoals(db, cohort.id, view);
console.log(v.counts);
console.log(v.attention.map((a) => `${a.goal.status} ${a.goal.title} ${a.pairing.mentee.name} due ${a.goal.dueDate} latest ${a.goal.progress.at(-1)?.value}`).join('\n'));
console.log(v.celebrate.length, v.celebrate.slice(0, 5));
console.log(db.prepare('select count(*) n from goals').get(), db.prepare('select count(*) n from goal_progress').get(), db.prepare("select status, count(*) n, min(start_date) s from pairings where cohort_id = ? group by status").all(cohort.id));

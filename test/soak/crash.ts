/**
 * The crash soak, run by hand (not in `npm test`): 1,000 SIGKILLs of the writer at random
 * moments, each followed by the same checks as test/crash/kill.test.ts.
 *
 * Usage: npx tsx test/soak/crash.ts [kills=1000] [seed]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWriter, killOnce, prepareFacility, seeded } from '../crash/harness';

const kills = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const lanes = 2;
const dir = mkdtempSync(join(tmpdir(), 'tandem-soak-'));
const { writer, remove } = await buildWriter();
try {
  const facilities = [];
  for (let lane = 0; lane < lanes; lane += 1) {
    mkdirSync(join(dir, `lane-${lane}`));
    facilities.push(await prepareFacility(join(dir, `lane-${lane}`)));
  }
  let survived = 0;
  let committed = 0;
  const started = Date.now();
  await Promise.all(
    facilities.map(async (facility, lane) => {
      const random = seeded(seed + lane);
      for (let run = lane + 1; run <= kills; run += lanes) {
        committed += (await killOnce(writer, facility, run, random)).committed;
        survived += 1;
        if (survived % 100 === 0) console.log(`${survived} kills survived…`);
      }
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `Crash soak (seed ${seed}): ${survived} SIGKILLs survived, ${committed} reported writes found, ${seconds} s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  remove();
}

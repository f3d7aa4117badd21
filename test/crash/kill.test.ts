import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWriter,
  killLiveWriters,
  killOnce,
  prepareFacility,
  seeded,
  type Facility,
} from './harness';

/**
 * Crash safety: a child writing roster imports, pairing steps and goal progress is killed with
 * SIGKILL at random moments; after every kill the file passes integrity_check, the audit chain
 * verifies, and every write the child reported committed is there. Two facilities are worked
 * at once (one child each) so the waits overlap. 1,000 kills by hand: `npx tsx test/soak/crash.ts`.
 */
const KILLS = 100;
const LANES = 2;
let dir = '';
let writer = '';
let removeWriter = () => {};
const facilities: Facility[] = [];
let committed = 0;
let survived = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
  const built = await buildWriter();
  writer = built.writer;
  removeWriter = built.remove;
  for (let lane = 0; lane < LANES; lane += 1) {
    mkdirSync(join(dir, `lane-${lane}`));
    facilities.push(await prepareFacility(join(dir, `lane-${lane}`)));
  }
}, 60_000);

afterAll(() => {
  killLiveWriters();
  console.log(`Crash safety: ${survived} SIGKILLs survived, ${committed} reported writes found`);
  rmSync(dir, { recursive: true, force: true });
  removeWriter();
});

describe('a writer killed with SIGKILL', () => {
  it(`leaves a sound file with every reported write, ${KILLS} times`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? 20261203);
    await Promise.all(
      facilities.map(async (facility, lane) => {
        const random = seeded(seed + lane);
        for (let run = lane + 1; run <= KILLS; run += LANES) {
          const outcome = await killOnce(writer, facility, run, random);
          committed += outcome.committed;
          survived += 1;
        }
      }),
    );
    expect(survived).toBe(KILLS);
    // The kills landed while writing, not only before the first write.
    expect(committed).toBeGreaterThan(KILLS / 2);
    // About 40 s on an idle 2-core machine; much more when the machine is shared.
  }, 400_000);
});

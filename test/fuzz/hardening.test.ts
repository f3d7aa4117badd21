import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/api/handlers';
import { createRouter } from '../../electron/core/api/router';
import { startHost, type RunningHost } from '../../electron/host/server';
import type { Handlers } from '../../electron/core/api/router';
import { createFacility } from '../../electron/core/facility/service';
import { requireDb } from '../../electron/core/context';
import { signInFirstAdmin } from '../helpers/accounts';
import { addStaff, enrolMentee, setUpCohort } from '../helpers/cohort';
import { TEST_ACTOR, tempDir, testContext } from '../helpers/db';

let running: RunningHost | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function post(body: string): Promise<Response> {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  running ??= await startHost({ userDataDir: tempDir(), staticDir, actor: TEST_ACTOR });
  return fetch(`http://127.0.0.1:${running.port}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${running.token}` },
    body,
  });
}

describe('input hardening found by the attacker review', () => {
  it('the local host answers a JSON body that is not an object with 400, not 500', async () => {
    for (const body of ['null', '42', '"x"', '[1,2]', 'true']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      const answer = (await res.json()) as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('invalid_input');
      expect(answer.error.message).toMatch(/JSON object/);
    }
  });

  it('the router refuses any string holding U+0000, naming its field, before a handler runs', async () => {
    const ctx = testContext();
    let called = 0;
    const spy = new Proxy(handlers, {
      get: (target, key: string) => {
        called += 1;
        return target[key as keyof Handlers];
      },
    });
    const router = createRouter(spy, ctx);
    const cases: [string, unknown, string][] = [
      ['facility.create', { path: '/tmp/a\u0000b.sqlite', name: 'X' }, 'path'],
      ['people.create', { firstName: 'A', lastName: 'B\u0000', employeeNumber: 'E1' }, 'lastName'],
      ['people.list', { filters: { units: ['ok', 'x\u0000y'] } }, 'filters.units.1'],
      ['people.list', { ['bad\u0000key']: 1 }, 'bad\u0000key'],
    ];
    for (const [name, input, field] of cases) {
      const result = await router(name, input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain(field);
      expect(result.error.message).toContain('U+0000');
      expect(result.error.details?.problems?.[0]?.field).toBe(field);
    }
    expect(called).toBe(0);
    expect(ctx.db).toBeNull();
  });

  it('a mentor-only change to a mentee (found by the fuzzer) is refused naming its field', async () => {
    const ctx = testContext();
    await createFacility(ctx, { path: join(ctx.userDataDir, 'f.sqlite'), name: 'F', demo: false });
    const w = requireDb(ctx);
    const { cohort } = setUpCohort(w);
    const mentee = enrolMentee(w, cohort.id, addStaff(w, 'Ana-Reyes').id);
    await signInFirstAdmin(ctx);
    const router = createRouter(handlers, ctx);
    for (const [change, field] of [
      [{ mentorProfile: {} }, 'mentorProfile'],
      [{ capacity: 2 }, 'capacity'],
    ] as const) {
      const result = await router('enrolments.update', { id: mentee.id, ...change });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', details: { problems: [{ field }] } },
      });
    }
  });
});

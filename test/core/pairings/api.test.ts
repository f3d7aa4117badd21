import { describe, expect, it } from 'vitest';
import { createFacility } from '../../../electron/core/facility/service';
import { testContext } from '../../helpers/db';
import { signedInRouter } from '../../helpers/accounts';

async function demoRouter() {
  const ctx = testContext();
  await createFacility(ctx, { path: `${ctx.userDataDir}/f.sqlite`, name: 'Demo', demo: true });
  const call = signedInRouter(ctx);
  const events = () =>
    (ctx.db?.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
  const activeId = (
    ctx.db?.prepare("SELECT id FROM pairings WHERE status = 'active' ORDER BY id").get() as {
      id: number;
    }
  ).id;
  return { call, events, activeId };
}

describe('bad input to pairing steps and suggestions over the API', () => {
  it('refuses a malformed or future "day it happened", naming the field, and changes nothing', async () => {
    const { call, events, activeId } = await demoRouter();
    const before = events();
    const malformed = await call('pairings.transition', {
      id: activeId,
      to: 'paused',
      on: '23/11/2026',
    });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(malformed.ok ? [] : malformed.error.details?.problems?.map((p) => p.field)).toEqual([
      'on',
    ]);
    const future = await call('pairings.transition', {
      id: activeId,
      to: 'paused',
      on: '2099-01-01',
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { problems: [{ field: 'on' }] } },
    });
    expect(events()).toBe(before);
  }, 60_000);

  it('says which enrolment is not a mentee of the cohort when asked for suggestions', async () => {
    const { call } = await demoRouter();
    const result = await call('matching.suggest', { cohortId: 1, menteeEnrolmentId: 999_999 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('999999') as unknown },
    });
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { handlers } from '../../../electron/core/api/handlers';
import { createRouter } from '../../../electron/core/api/router';
import { createFacility } from '../../../electron/core/facility/service';
import { signInFirstAdmin } from '../../helpers/accounts';
import { testContext } from '../../helpers/db';

async function openRouter() {
  const ctx = testContext();
  await createFacility(ctx, {
    path: `${ctx.userDataDir}/f.sqlite`,
    name: 'Test Facility',
    demo: false,
  });
  await signInFirstAdmin(ctx);
  return { ctx, call: createRouter(handlers, ctx) };
}

const auditCount = (ctx: Awaited<ReturnType<typeof openRouter>>['ctx']) =>
  (ctx.db?.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;

describe('the API router', () => {
  it('has a handler for every contract method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('answers a valid call with an ok result', async () => {
    const { call } = await openRouter();
    const result = await call('facility.status', {});
    expect(result).toMatchObject({ ok: true, value: { open: true, name: 'Test Facility' } });
  });

  it('refuses an unknown method, including prototype names, and changes nothing', async () => {
    const { ctx, call } = await openRouter();
    const before = auditCount(ctx);
    for (const name of ['people.drop', 'constructor', '__proto__', 'toString']) {
      const result = await call(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(auditCount(ctx)).toBe(before);
  });

  it('refuses input that fails its schema, names the field, and changes nothing', async () => {
    const { ctx, call } = await openRouter();
    const before = auditCount(ctx);
    const result = await call('people.create', { employeeNumber: '', status: 'retired' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const fields = result.error.details?.problems?.map((p) => p.field);
    expect(fields).toContain('employeeNumber');
    expect(fields).toContain('status');
    expect(auditCount(ctx)).toBe(before);
  });

  it('answers a malformed date with invalid_input rather than an exception', async () => {
    const { call } = await openRouter();
    const result = await call('people.markLeft', { id: 1, endDate: '23/11/2026' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        details: { problems: [{ field: 'endDate', message: 'expected a date as YYYY-MM-DD' }] },
      },
    });
  });

  it('turns service errors into error results with their code', async () => {
    const { call } = await openRouter();
    const result = await call('people.get', { id: 999 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No staff member with id 999.' },
    });
  });

  it('says when no facility database is open', async () => {
    const call = createRouter(handlers, testContext());
    const result = await call('people.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'no_database' } });
  });
});

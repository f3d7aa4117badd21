import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api/handlers';
import { createRouter } from '../../../electron/core/api/router';
import { createContext, type AppContext } from '../../../electron/core/context';
import { createFacility } from '../../../electron/core/facility/service';
import { memorySettings } from '../../../electron/core/settings';
import type { Result } from '../../../shared/result';
import { ADMIN, ADMIN_ACTOR } from '../../helpers/accounts';
import { tempDir, testClock } from '../../helpers/db';
import { staffFields } from '../../helpers/staff';

/** A facility with its first administrator signed in, on a calendar clock and idle timer we move. */
async function setUp() {
  const clock = testClock('2026-11-23T09:00:00.000Z');
  let monotonic = 1_000;
  const dir = tempDir();
  const ctx: AppContext = createContext({
    settings: memorySettings(),
    userDataDir: dir,
    actor: { name: 'nurse@ward-pc' },
    clock,
    idleTimer: { now: () => monotonic },
  });
  const call = createRouter(handlers, ctx);
  await createFacility(ctx, { path: join(dir, 'f.sqlite'), name: 'Test', demo: false });
  const first = await call('accounts.createFirstAdmin', ADMIN);
  expect(first.ok).toBe(true);
  const idle = (ms: number) => (monotonic += ms);
  return { ctx, call, clock, idle };
}

function expectCode(result: Result<unknown>, code: string): void {
  expect(result.ok ? 'ok' : result.error.code, JSON.stringify(result)).toBe(code);
}

const events = (ctx: AppContext) =>
  ctx.db
    ?.prepare(
      'SELECT actor, entity, entity_id, action, before_json, after_json FROM audit_events ORDER BY id',
    )
    .all() as {
    actor: string;
    entity: string;
    entity_id: string;
    action: string;
    after_json: string | null;
  }[];

describe('the first administrator', () => {
  it('is created only while the facility has no accounts, and signs in at once', async () => {
    const { ctx, call } = await setUp();
    expect(ctx.actor.name).toBe(ADMIN_ACTOR);
    const status = await call('accounts.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { hasAccounts: true, locked: false, user: { username: 'aruiz', role: 'admin' } },
    });
    const again = await call('accounts.createFirstAdmin', { ...ADMIN, username: 'other' });
    expectCode(again, 'conflict');
    // Signed out, too: a facility with accounts never takes another "first" administrator.
    await call('accounts.signOut', {});
    expectCode(
      await call('accounts.createFirstAdmin', { ...ADMIN, username: 'other' }),
      'conflict',
    );
    const rows = ctx.db?.prepare('SELECT username FROM accounts').pluck().all();
    expect(rows).toEqual(['aruiz']);
  });

  it('refuses a short password with a message naming the rule, and keeps no account', async () => {
    const clock = testClock();
    const dir = tempDir();
    const ctx = createContext({ settings: memorySettings(), userDataDir: dir, clock });
    const call = createRouter(handlers, ctx);
    await createFacility(ctx, { path: join(dir, 'f.sqlite'), name: 'Test', demo: false });
    const result = await call('accounts.createFirstAdmin', { ...ADMIN, password: 'short' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        details: {
          problems: [{ field: 'password', message: 'the password needs at least 10 characters' }],
        },
      },
    });
    const bad = await call('accounts.createFirstAdmin', { ...ADMIN, username: 'Ana Ruiz' });
    expect(bad).toMatchObject({
      ok: false,
      error: { details: { problems: [{ field: 'username' }] } },
    });
    expect(ctx.db?.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
    // Until then every other method says what to do first.
    const people = await call('people.list', {});
    expect(people).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    if (!people.ok) expect(people.error.message).toMatch(/first administrator/);
  });
});

describe('signing in', () => {
  it('five wrong passwords lock the account for five minutes on the injected clock', async () => {
    const { ctx, call, clock } = await setUp();
    await call('accounts.signOut', {});
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const result = await call('accounts.signIn', {
        username: 'aruiz',
        password: `wrong ${attempt}`,
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', message: 'Wrong username or password.' },
      });
    }
    const fifth = await call('accounts.signIn', { username: 'aruiz', password: 'wrong 5' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'locked', details: { lockedUntil: '2026-11-23T09:05:00.000Z' } },
    });
    if (!fifth.ok)
      expect(fifth.error.message).toMatch(/locked after 5 failed attempts until \d\d:\d\d/);
    // Even the right password is refused while the lockout runs.
    clock.set('2026-11-23T09:04:59.000Z');
    expectCode(
      await call('accounts.signIn', { username: 'aruiz', password: ADMIN.password }),
      'locked',
    );
    expect(ctx.session).toBeNull();
    clock.set('2026-11-23T09:05:00.000Z');
    expectCode(
      await call('accounts.signIn', { username: 'aruiz', password: ADMIN.password }),
      'ok',
    );
    const row = ctx.db?.prepare('SELECT failed_attempts, locked_until FROM accounts').get();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
    const actions = events(ctx)
      .filter((e) => e.entity === 'account')
      .map((e) => e.action);
    expect(actions).toEqual(['create', ...Array(4).fill('sign_in_failed'), 'lock_out', 'sign_in']);
    // Failed attempts before sign-in are the workstation's; the password never reaches the trail.
    expect(events(ctx).find((e) => e.action === 'lock_out')?.actor).toBe('nurse@ward-pc');
    expect(JSON.stringify(events(ctx))).not.toMatch(/wrong|correct horse|scrypt/);
  });

  it('an unknown username and a deactivated account get no session', async () => {
    const { ctx, call } = await setUp();
    await call('accounts.create', {
      displayName: 'Ben Cole',
      username: 'bcole',
      role: 'educator',
      password: 'ben password 1',
    });
    const ben = (await call('accounts.list', {})) as Result<{ id: number; username: string }[]>;
    const benId = ben.ok ? ben.value.find((a) => a.username === 'bcole')?.id : undefined;
    expectCode(await call('accounts.deactivate', { id: benId }), 'ok');
    await call('accounts.signOut', {});
    expectCode(
      await call('accounts.signIn', { username: 'nobody', password: 'whatever 123' }),
      'unauthorized',
    );
    const deactivated = await call('accounts.signIn', {
      username: 'bcole',
      password: 'ben password 1',
    });
    expectCode(deactivated, 'forbidden');
    if (!deactivated.ok) expect(deactivated.error.message).toMatch(/deactivated/);
    expect(ctx.session).toBeNull();
    expect(() => ctx.db?.prepare('DELETE FROM accounts WHERE id = ?').run(benId)).toThrow(
      /never deleted/,
    );
  });
});

describe('the idle lock', () => {
  it('locks after the idle time on the monotonic timer, not the calendar clock', async () => {
    const { ctx, call, clock, idle } = await setUp();
    // Weeks on the calendar clock (as e2e specs do) are not idleness.
    clock.set('2026-12-30T09:00:00.000Z');
    expectCode(await call('people.list', {}), 'ok');
    idle(9 * 60_000);
    expectCode(await call('people.list', {}), 'ok');
    // Polling the status is not activity.
    idle(9 * 60_000);
    expectCode(await call('accounts.status', {}), 'ok');
    idle(60_000);
    const locked = await call('people.list', {});
    expectCode(locked, 'locked');
    if (!locked.ok)
      expect(locked.error.message).toContain(
        `session of ${ADMIN_ACTOR} is locked after 10 minutes`,
      );
    expect(await call('accounts.status', {})).toMatchObject({
      ok: true,
      value: { locked: true, user: { username: 'aruiz' } },
    });
    expectCode(await call('people.create', staffFields('E1', 'A', 'B')), 'locked');
    expectCode(await call('accounts.unlock', { password: 'not it at all' }), 'unauthorized');
    expectCode(await call('people.list', {}), 'locked');
    expectCode(await call('accounts.unlock', { password: ADMIN.password }), 'ok');
    expectCode(await call('people.list', {}), 'ok');
    expect(ctx.actor.name).toBe(ADMIN_ACTOR);
  });

  it('follows the setting an administrator changes', async () => {
    const { ctx, call, idle } = await setUp();
    expectCode(await call('accounts.setIdleLock', { seconds: 2 }), 'invalid_input');
    expectCode(await call('accounts.setIdleLock', { seconds: 30 }), 'ok');
    expect(ctx.settings.get('idleLockSeconds')).toBe(30);
    idle(30_000);
    expectCode(await call('people.list', {}), 'locked');
    // Signing in as someone else replaces the locked session.
    expectCode(
      await call('accounts.signIn', { username: 'aruiz', password: ADMIN.password }),
      'ok',
    );
    expectCode(await call('people.list', {}), 'ok');
  });
});

describe('sessions and the audit trail', () => {
  it('every change carries the signed-in user; signing out and another facility end the session', async () => {
    const { ctx, call } = await setUp();
    const created = await call('people.create', staffFields('E1', 'Mia', 'Hart'));
    expectCode(created, 'ok');
    expect(events(ctx).at(-1)).toMatchObject({
      actor: ADMIN_ACTOR,
      entity: 'staff',
      action: 'create',
    });
    const firstPath = ctx.dbPath;
    await call('facility.create', { path: join(ctx.userDataDir, 'other.sqlite'), name: 'Other' });
    expect(ctx.session).toBeNull();
    expect(ctx.actor.name).toBe('nurse@ward-pc');
    expectCode(await call('people.list', {}), 'unauthorized');
    // Back to the first file: its account must sign in again.
    await call('facility.open', { path: firstPath });
    expectCode(await call('people.list', {}), 'unauthorized');
    expectCode(
      await call('accounts.signIn', { username: 'aruiz', password: ADMIN.password }),
      'ok',
    );
    expectCode(await call('accounts.signOut', {}), 'ok');
    expect(ctx.actor.name).toBe('nurse@ward-pc');
    expectCode(await call('people.list', {}), 'unauthorized');
  });
});

describe('managing accounts', () => {
  it('keeps an active administrator, changes roles at once, and audits without secrets', async () => {
    const { ctx, call } = await setUp();
    const me = ctx.session?.user.id as number;
    expectCode(await call('accounts.update', { id: me, role: 'educator' }), 'conflict');
    expectCode(await call('accounts.deactivate', { id: me }), 'conflict');
    const made = await call('accounts.create', {
      displayName: 'Cara Diaz',
      username: 'CDiaz',
      role: 'viewer',
      password: 'cara password 1',
    });
    expect(made).toMatchObject({
      ok: true,
      value: { username: 'cdiaz', role: 'viewer', active: true },
    });
    expectCode(
      await call('accounts.create', {
        displayName: 'Cara 2',
        username: 'cdiaz',
        role: 'viewer',
        password: 'cara password 1',
      }),
      'conflict',
    );
    const cara = made.ok ? (made.value as { id: number }).id : 0;
    expectCode(
      await call('accounts.resetPassword', { id: cara, password: 'new password 22' }),
      'ok',
    );
    expectCode(await call('accounts.update', { id: cara, role: 'admin' }), 'ok');
    // Now Ana may step down: another administrator exists.
    expectCode(await call('accounts.update', { id: me, role: 'educator' }), 'ok');
    expect(ctx.session?.user.role).toBe('educator');
    expectCode(await call('accounts.list', {}), 'forbidden');
    const trail = events(ctx).filter((e) => e.entity === 'account');
    expect(trail.map((e) => e.action)).toEqual([
      'create',
      'create',
      'reset_password',
      'update',
      'update',
    ]);
    expect(trail.every((e) => e.actor === ADMIN_ACTOR || e.actor === 'nurse@ward-pc')).toBe(true);
    expect(JSON.stringify(trail)).not.toMatch(/password 1|new password|scrypt\$/);
  });

  it('an administrator lifts a lockout early', async () => {
    const { call } = await setUp();
    await call('accounts.create', {
      displayName: 'Dev Ng',
      username: 'dng',
      role: 'educator',
      password: 'dev password 1',
    });
    const list = (await call('accounts.list', {})) as Result<{ id: number; username: string }[]>;
    const dev = list.ok ? (list.value.find((a) => a.username === 'dng')?.id as number) : 0;
    await call('accounts.signOut', {});
    for (let i = 0; i < 5; i += 1)
      await call('accounts.signIn', { username: 'dng', password: 'nope nope nope' });
    expectCode(
      await call('accounts.signIn', { username: 'dng', password: 'dev password 1' }),
      'locked',
    );
    await call('accounts.signIn', { username: 'aruiz', password: ADMIN.password });
    const listed = (await call('accounts.list', {})) as Result<
      { username: string; lockedUntil: string | null }[]
    >;
    expect(listed.ok && listed.value.find((a) => a.username === 'dng')?.lockedUntil).toBe(
      '2026-11-23T09:05:00.000Z',
    );
    expect(await call('accounts.unlockAccount', { id: dev })).toMatchObject({
      ok: true,
      value: { lockedUntil: null, failedAttempts: 0 },
    });
    expectCode(
      await call('accounts.signIn', { username: 'dng', password: 'dev password 1' }),
      'ok',
    );
  });
});

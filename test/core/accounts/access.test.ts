import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api/handlers';
import { createRouter } from '../../../electron/core/api/router';
import { createFacility } from '../../../electron/core/facility/service';
import {
  accessOf,
  ADMIN_METHODS,
  PUBLIC_METHODS,
  UNLOCKED_METHODS,
  VIEWER_METHODS,
} from '../../../shared/contract/access';
import { contract, type MethodName } from '../../../shared/contract';
import { signInAs, signInFirstAdmin } from '../../helpers/accounts';
import { testContext } from '../../helpers/db';

const METHODS = Object.keys(contract) as MethodName[];
/** Words in a method's name that say it changes something (or writes files, or switches). */
const CHANGE_WORDS = new Set(
  (
    'create update delete remove add save commit record set sign correct void drop log mark ' +
    'assign unassign lock unlock optimise accept transition extend withdraw submit print start ' +
    'cancel batch restore backup bundle rename open export celebrate reset deactivate ' +
    'reactivate rate preview'
  ).split(' '),
);
/** The words of a camelCase method name after its domain: `createFirstAdmin` → create, first, admin. */
const words = (name: string) =>
  name
    .split('.')
    .slice(1)
    .join('.')
    .split(/(?=[A-Z])|\./)
    .map((w) => w.toLowerCase());
const looksLikeChange = (name: string) => words(name).some((w) => CHANGE_WORDS.has(w));
/** Names with such a word that only read: each one checked by hand. */
const READS_DESPITE_NAME = new Set([
  'goals.celebrate',
  'printing.preview',
  'pairings.exportCsv',
  'meetings.exportIcs',
  'matching.previewWeights',
]);

async function asRole(role: 'admin' | 'educator' | 'viewer' | null) {
  const ctx = testContext();
  await createFacility(ctx, { path: join(ctx.userDataDir, 'f.sqlite'), name: 'F', demo: false });
  await signInFirstAdmin(ctx);
  if (role === null) ctx.session = null;
  else if (role !== 'admin') await signInAs(ctx, role);
  return { ctx, call: createRouter(handlers, ctx) };
}

describe('the access lists', () => {
  it('name only methods that exist (a renamed method cannot silently lose its rule)', () => {
    for (const list of [PUBLIC_METHODS, VIEWER_METHODS, ADMIN_METHODS, UNLOCKED_METHODS]) {
      for (const name of list) expect(Object.hasOwn(contract, name), name).toBe(true);
    }
    for (const name of VIEWER_METHODS) expect(ADMIN_METHODS.has(name), name).toBe(false);
  });

  it('give viewers only methods that read: none whose name says it changes something', () => {
    const viewer = METHODS.filter((m) => accessOf(m) === 'viewer');
    expect(viewer.length).toBeGreaterThan(30);
    for (const name of viewer) {
      if (READS_DESPITE_NAME.has(name)) continue;
      expect(looksLikeChange(name), `${name} looks like a change but viewers may call it`).toBe(
        false,
      );
    }
    // The word list is not empty talk: it finds most of the contract's writes.
    const writeLike = METHODS.filter(looksLikeChange);
    expect(writeLike.length).toBeGreaterThan(60);
  });

  it('keep accounts and settings for administrators', () => {
    for (const name of METHODS.filter((m) => m.startsWith('accounts.'))) {
      expect(['public', 'admin'], name).toContain(accessOf(name));
    }
    expect(accessOf('accounts.setIdleLock')).toBe('admin');
    expect(accessOf('printing.updateSettings')).toBe('admin');
    // A method nobody has listed yet needs an educator, never less.
    expect(accessOf('circles.somethingNew')).toBe('educator');
  });
});

describe('the router enforces the role on every method', () => {
  it('a viewer is refused every method outside the viewer list, before input is checked', async () => {
    const { ctx, call } = await asRole('viewer');
    const before = ctx.db?.prepare('SELECT count(*) FROM audit_events').pluck().get();
    for (const name of METHODS) {
      // Public, and calling them here would end the session (checked in service.test.ts).
      if (['accounts.signOut', 'facility.create', 'facility.open'].includes(name)) continue;
      const result = await call(name, {});
      const forbidden = !result.ok && result.error.code === 'forbidden';
      const allowed = accessOf(name) === 'public' || accessOf(name) === 'viewer';
      expect(forbidden, `${name}: ${JSON.stringify(result)}`).toBe(!allowed);
      if (forbidden && !result.ok) expect(result.error.message).toMatch(/signed in as a viewer/);
    }
    expect(ctx.db?.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(before);
  });

  it('an educator may do all program work but not accounts or settings', async () => {
    const { call } = await asRole('educator');
    for (const name of METHODS) {
      if (['accounts.signOut', 'facility.create', 'facility.open'].includes(name)) continue;
      const result = await call(name, {});
      const forbidden = !result.ok && result.error.code === 'forbidden';
      expect(forbidden, name).toBe(accessOf(name) === 'admin');
    }
  });

  it('signed out, only the public methods answer; the rest say to sign in', async () => {
    const { call } = await asRole(null);
    for (const name of METHODS) {
      if (PUBLIC_METHODS.has(name)) continue;
      const result = await call(name, {});
      expect(result, name).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', message: 'Sign in first.' },
      });
    }
  });

  it('an administrator may call every method', async () => {
    const { call } = await asRole('admin');
    for (const name of METHODS) {
      if (['accounts.signOut', 'facility.create', 'facility.open'].includes(name)) continue;
      const result = await call(name, {});
      expect(
        !result.ok && ['forbidden', 'unauthorized', 'locked'].includes(result.error.code),
        name,
      ).toBe(false);
    }
  });
});

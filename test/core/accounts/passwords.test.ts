import { describe, expect, it } from 'vitest';
import {
  DUMMY_HASH,
  hashPassword,
  verifyPassword,
  verifyPasswordSync,
} from '../../../electron/core/accounts/passwords';

describe('password hashing', () => {
  it('stores scrypt with its parameters and a random salt per hash', async () => {
    const a = await hashPassword('correct horse 1');
    const b = await hashPassword('correct horse 1');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    // Same password, different salt: equal passwords cannot be spotted in the file.
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(a).not.toContain('correct horse');
  });

  it('accepts the right password only, async and sync alike', async () => {
    const stored = await hashPassword('correct horse 1');
    expect(await verifyPassword('correct horse 1', stored)).toBe(true);
    expect(verifyPasswordSync('correct horse 1', stored)).toBe(true);
    for (const wrong of ['correct horse 2', 'Correct horse 1', 'correct horse 1 ', '']) {
      expect(await verifyPassword(wrong, stored)).toBe(false);
      expect(verifyPasswordSync(wrong, stored)).toBe(false);
    }
  });

  it('treats a malformed stored hash as no match, and no password matches the dummy', async () => {
    for (const bad of ['', 'plain', 'scrypt$x$8$1$AA==$AA==', 'bcrypt$16384$8$1$AA==$AA==']) {
      expect(await verifyPassword('anything', bad)).toBe(false);
    }
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('correct horse 1', DUMMY_HASH)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { passwordFor, takeUserOption } from '../../electron/cli/sign-in';

describe('the command line --user option', () => {
  it('is taken out of the arguments in either spelling, leaving the command its own', () => {
    expect(takeUserOption(['f.csv', '--db', 'x.sqlite', '--user', 'aruiz', '--json'])).toEqual({
      args: ['f.csv', '--db', 'x.sqlite', '--json'],
      user: 'aruiz',
    });
    expect(takeUserOption(['--user=aruiz', '--db', 'x.sqlite'])).toEqual({
      args: ['--db', 'x.sqlite'],
      user: 'aruiz',
    });
    expect(takeUserOption(['--db', 'x.sqlite'])).toEqual({
      args: ['--db', 'x.sqlite'],
      user: undefined,
    });
  });

  it('needs a username after it', () => {
    expect(() => takeUserOption(['--user'])).toThrow(/--user needs the username/);
    expect(() => takeUserOption(['--user', '--db', 'x'])).toThrow(/--user needs the username/);
    expect(() => takeUserOption(['--user='])).toThrow(/--user needs the username/);
  });

  it('reads the password from TANDEM_PASSWORD, and says how to give one without a terminal', async () => {
    const saved = process.env.TANDEM_PASSWORD;
    try {
      process.env.TANDEM_PASSWORD = 'from the environment';
      expect(await passwordFor('aruiz')).toBe('from the environment');
      delete process.env.TANDEM_PASSWORD;
      // Vitest's stdin is not a terminal, as in a script.
      await expect(passwordFor('aruiz')).rejects.toThrow(/No password for aruiz.*TANDEM_PASSWORD/);
    } finally {
      if (saved === undefined) delete process.env.TANDEM_PASSWORD;
      else process.env.TANDEM_PASSWORD = saved;
    }
  });
});

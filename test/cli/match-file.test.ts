import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { parseInstance, runInstance } from '../../electron/core/matching/instance';
import { tempDir } from '../helpers/db';

/** Writes an instance file and returns its path. */
function instanceFile(instance: unknown): string {
  const file = join(tempDir(), 'instance.json');
  writeFileSync(file, typeof instance === 'string' ? instance : JSON.stringify(instance));
  return file;
}

// Two mentees both want M1 (capacity 1); E1 can have nobody else. Giving M1 to E1 and M2 to E2
// (90 + 10) beats E2 alone with M1 (95), so the best total matches both.
const CONTESTED = {
  mentees: [{ id: 'E1' }, { id: 'E2' }],
  mentors: [
    { id: 'M1', capacity: 1 },
    { id: 'M2', capacity: 1 },
  ],
  scores: [
    [90, null],
    [95, 10],
  ],
};

describe('match-file', () => {
  it('prints the optimum as JSON in the documented shape', async () => {
    const out = await runCli(['match-file', instanceFile(CONTESTED), '--json']);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout ?? '') as Record<string, unknown>;
    expect(result).toMatchObject({
      objective: 'best-total',
      total: 100,
      matched: 2,
      pairs: [
        { mentee: 'E1', mentor: 'M1', score: 90 },
        { mentee: 'E2', mentor: 'M2', score: 10 },
      ],
      unmatched: [],
    });
    expect(typeof result.solveMs).toBe('number');
    // The whole run (parsing, validation, cost matrix, result) is reported beside the solve.
    expect(typeof result.totalMs).toBe('number');
    expect(result.totalMs as number).toBeGreaterThanOrEqual(result.solveMs as number);
  });

  it('trades score for matches under most-matched, and explains who is left out', async () => {
    // Now E2 with M2 is worth only 1: the best total is E2 with M1 alone (95), while
    // most-matched seats both (90 + 1). E3 can have nobody.
    const lonely = {
      ...CONTESTED,
      mentees: [...CONTESTED.mentees, { id: 'E3' }],
      scores: [
        [90, null],
        [95, 1],
        [null, null],
      ],
    };
    const file = instanceFile(lonely);
    const solve = async (objective: string) => {
      const out = await runCli(['match-file', file, '--objective', objective, '--json']);
      expect(out.code).toBe(0);
      return JSON.parse(out.stdout ?? '') as {
        total: number;
        matched: number;
        unmatched: { mentee: string; reason: string }[];
      };
    };
    expect(await solve('best-total')).toMatchObject({ total: 95, matched: 1 });
    const most = await solve('most-matched');
    expect(most).toMatchObject({ total: 91, matched: 2 });
    expect(most.unmatched).toEqual([
      { mentee: 'E3', reason: expect.stringMatching(/no eligible mentor/i) as unknown },
    ]);
  });

  it('prints a table for people without --json', async () => {
    const out = await runCli(['match-file', instanceFile(CONTESTED)]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^best-total: total score 100, 2 of 2 mentees matched/);
    expect(out.stdout).toMatch(/E1\s+M1\s+90/);
  });

  it('refuses a locked pair that is not allowed, naming it', async () => {
    const file = instanceFile({ ...CONTESTED, locked: [{ mentee: 'E1', mentor: 'M2' }] });
    const out = await runCli(['match-file', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('E1');
    expect(out.stderr).toContain('M2');
  });

  it('refuses locks that overfill a mentor, naming the mentor', async () => {
    const locked = [
      { mentee: 'E1', mentor: 'M1' },
      { mentee: 'E2', mentor: 'M1' },
    ];
    const out = await runCli(['match-file', instanceFile({ ...CONTESTED, locked })]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/M1/);
    expect(out.stderr).toMatch(/capacity/i);
  });

  it('names the bad cell of a malformed instance', async () => {
    const out = await runCli([
      'match-file',
      instanceFile({
        ...CONTESTED,
        scores: [
          [90, 101],
          [95, 10],
        ],
      }),
    ]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/scores\[0\]\[1\]/);
  });

  it('explains a file that is not JSON, an unknown objective and a missing file', async () => {
    expect(await runCli(['match-file', instanceFile('{oops')])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not valid JSON') as unknown,
    });
    const bad = await runCli(['match-file', instanceFile(CONTESTED), '--objective', 'fastest']);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('best-total or most-matched') as unknown,
    });
    const missing = await runCli(['match-file', join(tempDir(), 'nope.json')]);
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Cannot read') as unknown,
    });
  });

  it('names the score row and column, line and column of a syntax error', async () => {
    const text = JSON.stringify(CONTESTED, null, 2).replace('95,', '95 10,');
    const out = await runCli(['match-file', instanceFile(text)]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'Invalid instance:\n- not valid JSON: ' +
        `expected ',' or ']' after a score, found "10" at line 26, column 10 (in scores[1][0])`,
    );
  });

  it('reads a file larger than its 1 MB window to the same result as JSON.parse', async () => {
    // 1,000 × 400 scores (~1.5 MB): the window is refilled mid-token somewhere.
    let seed = 11;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    const instance = {
      mentees: Array.from({ length: 1000 }, (_, i) => ({ id: `E${i}` })),
      mentors: Array.from({ length: 400 }, (_, j) => ({ id: `M${j}`, capacity: 2 })),
      scores: Array.from({ length: 1000 }, () =>
        Array.from({ length: 400 }, () => (next() % 10 === 0 ? null : next() % 101)),
      ),
    };
    const text = JSON.stringify(instance);
    expect(text.length).toBeGreaterThan(1 << 20);
    const out = await runCli(['match-file', instanceFile(text), '--json']);
    expect(out.code).toBe(0);
    const {
      solveMs: _s,
      totalMs: _t,
      ...result
    } = JSON.parse(out.stdout ?? '') as Record<string, unknown>;
    const { solveMs: _s2, ...expected } = runInstance(parseInstance(JSON.parse(text)));
    expect(result).toEqual(expected);
  });

  it('says it cannot read a directory', async () => {
    const dir = join(tempDir(), 'instance.json');
    mkdirSync(dir);
    const out = await runCli(['match-file', dir]);
    expect(out).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Cannot read .*instance\.json: EISDIR/) as unknown,
    });
  });
});

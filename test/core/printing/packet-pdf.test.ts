import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/core/printing/chromium-printer';
import { documentPdf } from '../../../electron/core/printing/print';
import { buildPacket } from '../../../electron/core/reports/packet';
import type { ReportOptions } from '../../../electron/core/reports/common';
import { createGoal } from '../../../electron/core/goals/service';
import { parseQuarter } from '../../../shared/periods';
import {
  at,
  facilityWithPairing,
  goal,
  MENTEE_COMMENT_Q3,
  MENTOR_COMMENT_Q3,
  menteeResponse,
  must,
} from '../reports/fixture';
import { flat, pdfInfo, pdfPages } from './pdf-tools';

// One warm browser for the whole file.
const printer = chromiumPrinter();
afterAll(() => printer.close());

const OPTIONS: ReportOptions = { today: '2026-10-15', locale: 'en-GB', paperSize: 'a4' };
const Q3 = must(parseQuarter('2026-Q3'));

describe('a printed packet', () => {
  it('has the names, period, scores and signature lines, and "Page n of N" on every page', async () => {
    const f = facilityWithPairing();
    const pdf = await documentPdf(printer, buildPacket(f.ctx.db, OPTIONS, f.pairing.id, Q3));
    const info = pdfInfo(pdf);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(info.pages);
    expect(info.pages).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('St. Elsewhere General Hospital');
      expect(page).toContain('Quarterly evaluation packet 2026-Q3');
      expect(page).toMatch(new RegExp(`Page ${i + 1} of ${info.pages}\\s*$`));
      expect(page).toContain('Printed on 15 Oct 2026');
    });
    const text = flat(pages.join('\n'));
    expect(text).toContain('2026-Q3 (July–September 2026)');
    expect(text).toContain('Mentee Ben Ode with mentor Ana Ruiz');
    expect(text).toContain('Residency spring 2026 (RES-2026-SPR)');
    expect(text).toContain('75.8 (n = 1) 51.7 (n = 1) +24.1');
    expect(text).toContain('4 of 13 expected meetings held in 2026-Q3 (31%)');
    expect(text).toContain('60% · On track');
    expect(text).toContain('Book a place in the IV simulation lab');
    // Signature lines: each printed name with its role under it, and a date line.
    expect(text).toMatch(/Ana Ruiz Date Mentor: signature/);
    expect(text).toMatch(/Ben Ode Date Mentee: signature/);
    expect(text).toMatch(/Printed name: _+ Date Educator: signature/);
    expect(info.width).toBeCloseTo(595.9, 0);
  });

  it('never prints a confidential comment next to its author, and a named one with its author', async () => {
    const f = facilityWithPairing();
    const pages = pdfPages(
      await documentPdf(printer, buildPacket(f.ctx.db, OPTIONS, f.pairing.id, Q3)),
    );
    // The body of each page, without the running header and footer (which name the pairing).
    const body = flat(pages.map((p) => p.split('\n').slice(1, -1).join('\n')).join('\n'));
    const confidential = body.slice(
      body.indexOf('Confidential comments'),
      body.indexOf('6. Competency sign-offs'),
    );
    expect(confidential).toContain(flat(MENTEE_COMMENT_Q3));
    expect(confidential).not.toMatch(/Ben|Ode|28 Sept/);
    const named = body.slice(
      body.indexOf('Comments from named forms'),
      body.indexOf('Confidential comments'),
    );
    expect(named).toContain(
      `Ana Ruiz (Mentor), Quarterly mentor evaluation of the mentee's progress, 29 Sept 2026`,
    );
    expect(named).toContain(MENTOR_COMMENT_Q3);
  });

  it('says so when a quarter had no evaluations', async () => {
    const f = facilityWithPairing();
    const doc = buildPacket(
      f.ctx.db,
      { ...OPTIONS, today: '2027-01-10' },
      f.pairing.id,
      must(parseQuarter('2026-Q4')),
    );
    const text = flat(pdfPages(await documentPdf(printer, doc)).join('\n'));
    expect(text).toContain(
      'No evaluations were returned for 2026-Q4. 2 were returned for 2026-Q3, shown below.',
    );
    expect(text).toContain('No written comments were returned for 2026-Q4.');
    expect(text).toContain('Mentee No responses 75.8 (n = 1)');
    expect(text).not.toMatch(/\b0 \(n = 0\)/);
  });

  it('with twenty goals and a 3,000-character comment, spans pages cleanly on US Letter', async () => {
    const f = facilityWithPairing();
    at(f.clock, '2026-04-01');
    for (let n = 3; n <= 20; n++) {
      createGoal(
        f.ctx,
        goal(f.pairing.id, n, {
          milestones: [],
          title: `Goal ${n}: ${'keep practising the skill '.repeat((n % 3) + 1)}`,
        }),
      );
    }
    at(f.clock, '2027-01-10');
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const comment = `${words.slice(0, 2960)} with an unbrokenstringthatmustwrapanywhere and the last words.`;
    expect(comment.length).toBeGreaterThanOrEqual(3000);
    menteeResponse(f.ctx, f.pairing.id, f.mentee.id, '2026-Q4', '2026-12-20', 2, comment);
    const doc = buildPacket(
      f.ctx.db,
      { ...OPTIONS, today: '2027-01-10', paperSize: 'letter' },
      f.pairing.id,
      must(parseQuarter('2026-Q4')),
    );
    expect(doc.goals).toHaveLength(20);
    const pdf = await documentPdf(printer, doc);
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ width: 612, height: 792 });
    expect(info.pages).toBeGreaterThanOrEqual(5);
    const pages = pdfPages(pdf);
    pages.forEach((page, i) =>
      expect(page).toMatch(
        new RegExp(`Printed on 10 Jan 2027\\s+Page ${i + 1} of ${info.pages}\\s*$`),
      ),
    );
    const text = flat(pages.join('\n'));
    expect(text).toContain('and the last words.');
    // Every goal is in the table, and the table's heading row repeats on the pages it continues on.
    for (let n = 3; n <= 20; n++) expect(text).toContain(`Goal ${n}: keep practising`);
    const goalPages = pages.filter((p) => p.includes('Goal and measure'));
    expect(goalPages.length).toBeGreaterThanOrEqual(2);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { chromiumPrinter } from '../../../electron/core/printing/chromium-printer';
import { documentPdf } from '../../../electron/core/printing/print';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { buildBlankForm } from '../../../electron/core/reports/blank-form';
import {
  buildMilestoneCertificate,
  buildPairingCertificate,
} from '../../../electron/core/reports/certificates';
import type { ReportOptions } from '../../../electron/core/reports/common';
import { at, facilityWithPairing, versionOf } from '../reports/fixture';
import { flat, pdfInfo, pdfPages } from './pdf-tools';

const printer = chromiumPrinter();
afterAll(() => printer.close());

const A4: ReportOptions = { today: '2026-10-15', locale: 'en-GB', paperSize: 'a4' };
const LETTER: ReportOptions = { ...A4, locale: 'en-US', paperSize: 'letter' };

describe('a printed blank form', () => {
  it('has the form name, version, anonymity statement, pairing reference and a date line', async () => {
    const f = facilityWithPairing({ quiet: true });
    const doc = buildBlankForm(f.ctx.db, A4, {
      formVersionId: versionOf(f.ctx, STARTER_FORM_IDS.menteeQuarterly),
      pairingId: f.pairing.id,
      period: '2026-Q4',
    });
    const pdf = await documentPdf(printer, doc);
    const pages = pdfPages(pdf);
    const text = flat(pages.join('\n'));
    expect(text).toContain('Quarterly mentee evaluation of the mentorship Version 1');
    expect(text).toContain(
      'Confidential: educators can see who answered, but your name is never shown or printed',
    );
    expect(text).toContain(`Pairing reference Pairing ${f.pairing.id}, cohort`);
    expect(text).toMatch(/Mentor Ana Ruiz Mentee Ben Ode/);
    expect(text).toContain('Period 2026-Q4 (October–December 2026)');
    // Likert circles are labelled, 0–10 has its eleven boxes, and a line for the date written.
    expect(text).toMatch(/1 2 3 4 5 Never Rarely Sometimes Often Always/);
    expect(text).toMatch(/0 1 2 3 4 5 6 7 8 9 10/);
    expect(text).toMatch(/Date written:\s/);
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\s*$`)));
  });

  it('without a pairing leaves lines to write the reference by hand', async () => {
    const f = facilityWithPairing({ quiet: true });
    const doc = buildBlankForm(f.ctx.db, LETTER, {
      formVersionId: versionOf(f.ctx, STARTER_FORM_IDS.mentorQuarterly),
      pairingId: null,
      period: null,
    });
    const pdf = await documentPdf(printer, doc);
    expect(pdfInfo(pdf)).toMatchObject({ width: 612, height: 792 });
    const text = flat(pdfPages(pdf).join('\n'));
    expect(text).toMatch(/Pairing reference _{10,}/);
    expect(text).toContain('Named: your name is shown with your answers');
  });
});

describe('a printed certificate', () => {
  it('is one landscape page on A4 and on US Letter, with the name, program and signature lines', async () => {
    const f = facilityWithPairing();
    const milestone = f.ctx.db
      .prepare('SELECT id FROM goal_milestones WHERE achieved_on IS NOT NULL')
      .get() as { id: number };
    const a4 = await documentPdf(printer, buildMilestoneCertificate(f.ctx.db, A4, milestone.id));
    expect(pdfInfo(a4)).toMatchObject({ pages: 1, width: 842.88, height: 595.92 });
    expect(flat(pdfPages(a4).join(''))).toContain(
      'Certificate of achievement This certifies that Ben Ode has achieved the milestone',
    );

    at(f.clock, '2027-03-31');
    transitionPairing(f.ctx, { pairingId: f.pairing.id, to: 'completed' });
    const letter = await documentPdf(
      printer,
      buildPairingCertificate(f.ctx.db, LETTER, f.pairing.id),
    );
    const info = pdfInfo(letter);
    expect(info).toMatchObject({ pages: 1, width: 792, height: 612 });
    const text = flat(pdfPages(letter).join(''));
    expect(text).toContain('St. Elsewhere General Hospital');
    expect(text).toContain(
      'Certificate of completion This certifies that Ben Ode has completed the New-graduate nurse residency mentorship, mentored by Ana Ruiz.',
    );
    expect(text).toContain('Started Apr 1, 2026 · Completed Mar 31, 2027');
    expect(text).toMatch(/Educator: signature/);
    expect(text).toContain('Page 1 of 1');
  });
});

import { describe, expect, it } from 'vitest';
import { ANONYMITY_STATEMENTS } from '../../../shared/domain/evaluations';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { buildBlankForm } from '../../../electron/core/reports/blank-form';
import {
  buildMilestoneCertificate,
  buildPairingCertificate,
} from '../../../electron/core/reports/certificates';
import type { ReportOptions } from '../../../electron/core/reports/common';
import { at, facilityWithPairing, versionOf } from './fixture';

const OPTIONS: ReportOptions = { today: '2026-10-15', locale: 'en-US', paperSize: 'letter' };

function refusal(call: () => unknown) {
  try {
    call();
  } catch (error) {
    return error as {
      code: string;
      message: string;
      details?: { problems?: { field?: string }[] };
    };
  }
  throw new Error('expected a refusal');
}

describe('a blank form for paper', () => {
  it('carries the form name, version, anonymity statement and every question in order', () => {
    const f = facilityWithPairing({ quiet: true });
    const id = versionOf(f.ctx, STARTER_FORM_IDS.menteeQuarterly);
    const doc = buildBlankForm(f.ctx.db, OPTIONS, {
      formVersionId: id,
      pairingId: null,
      period: null,
    });
    expect(doc).toMatchObject({
      formName: 'Quarterly mentee evaluation of the mentorship',
      version: 1,
      anonymityLabel: 'Confidential',
      anonymityStatement: ANONYMITY_STATEMENTS.confidential,
      reference: null,
    });
    const questions = doc.sections.flatMap((s) => s.questions);
    expect(questions.map((x) => x.number)).toEqual(questions.map((_, i) => i + 1));
    expect(questions[0]).toMatchObject({
      kind: 'likert5',
      labels: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
      required: true,
    });
    expect(questions.find((x) => x.kind === 'single_choice')?.options).toContain(
      'More time together',
    );
  });

  it('names the pairing and period so the paper can be matched when it comes back', () => {
    const f = facilityWithPairing({ quiet: true });
    const id = versionOf(f.ctx, STARTER_FORM_IDS.mentorQuarterly);
    const doc = buildBlankForm(f.ctx.db, OPTIONS, {
      formVersionId: id,
      pairingId: f.pairing.id,
      period: '2026-Q4',
    });
    expect(doc.reference).toEqual({
      pairingId: f.pairing.id,
      cohortCode: 'RES-2026-SPR',
      mentorName: 'Ana Ruiz',
      menteeName: 'Ben Ode',
      period: '2026-Q4',
      periodLabel: '2026-Q4 (October–December 2026)',
    });
    expect(doc.header.title).toBe(
      "Quarterly mentor evaluation of the mentee's progress (version 1)",
    );
  });

  it('refuses an unknown form version or pairing, naming the field', () => {
    const f = facilityWithPairing({ quiet: true });
    expect(
      refusal(() =>
        buildBlankForm(f.ctx.db, OPTIONS, { formVersionId: 999, pairingId: null, period: null }),
      ).details?.problems?.[0]?.field,
    ).toBe('formVersionId');
    expect(
      refusal(() =>
        buildBlankForm(f.ctx.db, OPTIONS, { formVersionId: 1, pairingId: 999, period: null }),
      ).details?.problems?.[0]?.field,
    ).toBe('pairingId');
  });
});

describe('certificates', () => {
  it('are printed for a completed pairing, landscape, naming the mentee, program and dates', () => {
    const f = facilityWithPairing({ quiet: true });
    const early = refusal(() => buildPairingCertificate(f.ctx.db, OPTIONS, f.pairing.id));
    expect(early.details?.problems?.[0]?.field).toBe('pairingId');
    expect(early.message).toContain('not completed');
    at(f.clock, '2027-03-31');
    transitionPairing(f.ctx, { pairingId: f.pairing.id, to: 'completed' });
    const doc = buildPairingCertificate(f.ctx.db, OPTIONS, f.pairing.id);
    expect(doc).toMatchObject({
      heading: 'Certificate of completion',
      recipientName: 'Ben Ode',
      programName: 'New-graduate nurse residency',
      mentorName: 'Ana Ruiz',
      dates: [
        { label: 'Started', day: '2026-04-01' },
        { label: 'Completed', day: '2027-03-31' },
      ],
    });
    expect(doc.header.landscape).toBe(true);
    expect(doc.signatures.map((s) => s.role)).toEqual(['Mentor', 'Educator']);
  });

  it('are printed for an achieved milestone, and refused for one not achieved', () => {
    const f = facilityWithPairing();
    const milestone = f.ctx.db
      .prepare('SELECT id FROM goal_milestones WHERE achieved_on IS NOT NULL')
      .get() as { id: number };
    const doc = buildMilestoneCertificate(f.ctx.db, OPTIONS, milestone.id);
    expect(doc.statement).toBe(
      'has achieved the milestone “Five independent insertions” of the goal “Insert peripheral IVs independently”.',
    );
    expect(doc.dates).toEqual([{ label: 'Achieved', day: '2026-09-10' }]);
    f.ctx.db
      .prepare('UPDATE goal_milestones SET achieved_on = NULL WHERE id = ?')
      .run(milestone.id);
    expect(
      refusal(() => buildMilestoneCertificate(f.ctx.db, OPTIONS, milestone.id)).details
        ?.problems?.[0]?.field,
    ).toBe('milestoneId');
    expect(
      refusal(() => buildMilestoneCertificate(f.ctx.db, OPTIONS, 999)).details?.problems?.[0]
        ?.field,
    ).toBe('milestoneId');
  });
});

import { describe, expect, it } from 'vitest';
import { responseCorrectionInput } from '../../../shared/domain/evaluations';
import { parseQuarter, type Quarter } from '../../../shared/periods';
import { correctResponse } from '../../../electron/core/evaluations/responses';
import { buildCohortPacket, buildPacket } from '../../../electron/core/reports/packet';
import type { ReportOptions } from '../../../electron/core/reports/common';
import { addCircleMentor } from '../../../electron/core/pairings/circles';
import { addStaff } from '../../helpers/cohort';
import { matchAndAccept, setUpCircle } from '../pairings/circle-setup';
import {
  addPairing,
  facilityWithPairing,
  MENTEE_COMMENT_Q3,
  MENTOR_COMMENT_Q3,
  must,
} from './fixture';

const OPTIONS: ReportOptions = { today: '2026-10-15', locale: 'en-GB', paperSize: 'a4' };
const q = (text: string): Quarter => must(parseQuarter(text));

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

describe('the quarterly evaluation packet of a pairing', () => {
  it('names the facility, the people, program, cohort and the period with its months', () => {
    const f = facilityWithPairing();
    const doc = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(doc.header).toMatchObject({
      facilityName: 'St. Elsewhere General Hospital',
      printedOn: '2026-10-15',
      paperSize: 'a4',
      landscape: false,
    });
    expect(doc.header.title).toBe(
      'Quarterly evaluation packet 2026-Q3: Ben Ode (mentee), Ana Ruiz (mentor)',
    );
    expect(doc.period).toEqual({
      key: '2026-Q3',
      label: '2026-Q3 (July–September 2026)',
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(doc.previousPeriod.key).toBe('2026-Q2');
    expect(doc.asOf).toBe('2026-09-30');
    expect(doc.pairing).toMatchObject({
      statusLabel: 'Active',
      open: true,
      startDate: '2026-04-01',
      programName: 'New-graduate nurse residency',
      cohortCode: 'RES-2026-SPR',
      mentor: { name: 'Ana Ruiz', discipline: 'Registered nurse' },
      mentee: { name: 'Ben Ode', employeeNumber: 'Ben-Ode' },
    });
    expect(doc.signatures).toEqual([
      { role: 'Mentor', name: 'Ana Ruiz' },
      { role: 'Mentee', name: 'Ben Ode' },
      { role: 'Educator', name: null },
    ]);
  });

  it('shows goals as they stood at the end of the quarter, with words for their status', () => {
    const f = facilityWithPairing();
    const doc = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(
      doc.goals.map((g) => [g.title, g.latest, g.percent, g.statusLabel, g.milestonesAchieved]),
    ).toEqual([
      ['Insert peripheral IVs independently', 6, 60, 'On track', 1],
      ['Goal number 2: chart every assessment on time', null, 0, 'Not started', 0],
    ]);
    // In 2026-Q2 nothing had been recorded yet: the later progress does not leak backwards.
    const earlier = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q2'));
    expect(earlier.goals.map((g) => [g.latest, g.percent, g.milestonesAchieved])).toEqual([
      [null, 0, 0],
      [null, 0, 0],
    ]);
  });

  it('counts meetings held against the weekly cadence in the quarter, and lists its action items', () => {
    const f = facilityWithPairing();
    const doc = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(doc.meetings).toMatchObject({
      cadenceLabel: 'Weekly',
      held: 4,
      missed: 0,
      cancelled: 0,
    });
    expect(doc.meetings.expected).toBe(13);
    expect(doc.meetings.overdue).toBe(9);
    expect(doc.meetings.percent).toBe(31);
    expect(doc.meetings.meetings.map((m) => m.date)).toEqual([
      '2026-07-02',
      '2026-07-09',
      '2026-08-06',
      '2026-09-03',
    ]);
    expect(doc.actionItems).toEqual([
      {
        meetingDate: '2026-07-02',
        description: 'Book a place in the IV simulation lab',
        owner: 'Mentee (Ben Ode)',
        dueDate: '2026-07-31',
      },
    ]);
  });

  it('compares scores with last quarter, with response counts, on 0–100 and per question', () => {
    const f = facilityWithPairing();
    const doc = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(doc.evaluations.currentCount).toBe(2);
    expect(doc.evaluations.previousCount).toBe(2);
    const [mentee, mentor] = doc.evaluations.forms;
    expect(mentee).toMatchObject({
      formName: 'Quarterly mentee evaluation of the mentorship',
      audienceLabel: 'Mentee',
      anonymityLabel: 'Confidential',
      currentCount: 1,
      previousCount: 1,
    });
    // Five Likert answers of 4 (75 each) and 8 of 10 (80): mean 75.8; last quarter 3s and 6: 51.7.
    expect(mentee?.currentScore).toBe(75.8);
    expect(mentee?.previousScore).toBe(51.7);
    expect(mentee?.questions[0]).toMatchObject({
      question: 'How often was your mentor available when you needed guidance?',
      scaleLabel: '1–5 (1 Never, 5 Always)',
      current: 4,
      previous: 3,
    });
    expect(mentor).toMatchObject({ anonymityLabel: 'Named', currentScore: 100, currentCount: 1 });
  });

  it('prints named comments with their author and confidential ones with nothing that names them', () => {
    const f = facilityWithPairing();
    const doc = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(doc.namedComments).toEqual([
      {
        formName: "Quarterly mentor evaluation of the mentee's progress",
        question: 'Strengths, and what to work on next',
        author: 'Ana Ruiz',
        authorRole: 'Mentor',
        answeredOn: '2026-09-29',
        text: MENTOR_COMMENT_Q3,
      },
    ]);
    expect(doc.confidentialComments).toEqual([
      {
        formName: 'Quarterly mentee evaluation of the mentorship',
        question: 'What has worked well, and what could be better?',
        text: MENTEE_COMMENT_Q3,
      },
    ]);
    expect(JSON.stringify(doc.confidentialComments)).not.toMatch(/Ben|Ode|2026-09-28/);
  });

  it('reads the correction, not the response it superseded', () => {
    const f = facilityWithPairing();
    const before = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    const original = f.ctx.db
      .prepare(
        "SELECT r.id FROM evaluation_responses r JOIN form_versions v ON v.id = r.form_version_id WHERE v.audience = 'mentor' AND r.period = '2026-Q3'",
      )
      .get() as { id: number };
    correctResponse(
      f.ctx,
      responseCorrectionInput.parse({
        responseId: original.id,
        reason: 'Typed from the wrong sheet',
        source: 'paper',
        paperDate: '2026-09-29',
        answers: [
          ...['skills', 'judgement', 'organisation', 'communication', 'feedback'].map((key) => ({
            key,
            value: 1,
          })),
          { key: 'overall', value: 0 },
          { key: 'readiness', value: 'On track' },
          { key: 'comments', value: 'Corrected comment.' },
        ],
      }),
    );
    const after = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(before.evaluations.forms[1]?.currentScore).toBe(100);
    expect(after.evaluations.forms[1]).toMatchObject({ currentScore: 0, currentCount: 1 });
    expect(after.namedComments.map((c) => c.text)).toEqual(['Corrected comment.']);
  });

  it('says a quarter had no responses rather than scoring it zero', () => {
    const f = facilityWithPairing();
    const doc = buildPacket(
      f.ctx.db,
      { ...OPTIONS, today: '2027-01-10' },
      f.pairing.id,
      q('2026-Q4'),
    );
    expect(doc.evaluations.currentCount).toBe(0);
    expect(
      doc.evaluations.forms.every((form) => form.currentCount === 0 && form.currentScore === null),
    ).toBe(true);
    expect(doc.namedComments).toEqual([]);
    expect(doc.confidentialComments).toEqual([]);
  });

  it('lists the sign-offs and training of the quarter only', () => {
    const f = facilityWithPairing();
    const q3 = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(q3.signOffs).toEqual([
      {
        signedOn: '2026-09-15',
        personName: 'Ben Ode',
        competency: 'IV insertion',
        levelLabel: 'Competent',
        methodLabel: 'Observation',
        validatorName: 'Ana Ruiz',
      },
    ]);
    expect(q3.training).toEqual([
      {
        completedOn: '2026-08-20',
        personName: 'Ana Ruiz',
        moduleName: 'Giving effective feedback',
      },
    ]);
    const q2 = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q2'));
    expect(q2.signOffs).toEqual([]);
    expect(q2.training).toEqual([]);
  });

  it('refuses an unknown pairing naming the field', () => {
    const f = facilityWithPairing({ quiet: true });
    const error = refusal(() => buildPacket(f.ctx.db, OPTIONS, 999, q('2026-Q3')));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('pairingId');
    expect(error.details?.problems?.[0]?.field).toBe('pairingId');
  });
});

describe("a cohort's packets", () => {
  it('has one packet per pairing that ran in the quarter, in order of the mentee', () => {
    const f = facilityWithPairing();
    const zoe = addStaff(f.ctx, 'Zoe-Adams', { yearsExperience: 0 });
    const carl = addStaff(f.ctx, 'Carl-Mentor', { yearsExperience: 9 });
    addPairing(f.ctx, f.cohort.id, carl.id, zoe.id);
    const doc = buildCohortPacket(f.ctx.db, OPTIONS, f.cohort.id, q('2026-Q4'));
    expect(doc.contents.map((c) => c.menteeName)).toEqual(['Ben Ode', 'Zoe Adams']);
    expect(doc.packets.map((p) => p.pairing.mentee.name)).toEqual(['Ben Ode', 'Zoe Adams']);
    // Zoe's pairing started on 2026-10-15: it did not run in 2026-Q3.
    const q3 = buildCohortPacket(f.ctx.db, OPTIONS, f.cohort.id, q('2026-Q3'));
    expect(q3.contents.map((c) => c.menteeName)).toEqual(['Ben Ode']);
    expect(q3).toMatchObject({
      cohortCode: 'RES-2026-SPR',
      programName: 'New-graduate nurse residency',
    });
  });

  it('is refused for a quarter in which the cohort had no pairings, naming cohortId', () => {
    const f = facilityWithPairing({ quiet: true });
    const error = refusal(() => buildCohortPacket(f.ctx.db, OPTIONS, f.cohort.id, q('2026-Q1')));
    expect(error.message).toMatch(
      /^cohortId: cohort RES-2026-SPR \(id \d+\) has no pairings that ran in 2026-Q1/,
    );
    expect(error.details?.problems?.[0]?.field).toBe('cohortId');
    expect(
      refusal(() => buildCohortPacket(f.ctx.db, OPTIONS, 404, q('2026-Q3'))).details?.problems?.[0]
        ?.field,
    ).toBe('cohortId');
  });
});

describe('the packet of a circle member', () => {
  it("names the circle and all of its mentors on the cover; a one-to-one pairing's says nothing extra", () => {
    const s = setUpCircle();
    const [member] = matchAndAccept(s.ctx, s.cohort.id);
    const circleId = must(must(member).circleId);
    addCircleMentor(s.ctx, circleId, s.omar.id);
    const doc = buildPacket(s.ctx.db, OPTIONS, must(member).id, q('2026-Q3'));
    expect(doc.pairing.arrangement).toMatch(/^Member of the mentoring circle “.+”/);
    expect(doc.pairing.arrangement).toContain('Maya Mentor, Omar Other');

    const f = facilityWithPairing();
    expect(
      buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3')).pairing.arrangement,
    ).toBeNull();
  });
});

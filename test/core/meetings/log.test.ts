import { describe, expect, it } from 'vitest';
import { TandemError } from '../../../shared/result';
import { logMeeting, removeMeeting, updateMeeting } from '../../../electron/core/meetings/service';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee } from '../../helpers/cohort';
import { counts, heldMeeting, must, routerFor, setToday, setUpMeetings } from './setup';

function caught(run: () => unknown): TandemError {
  try {
    run();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error('expected a TandemError');
}

const lastAudit = (ctx: ReturnType<typeof setUpMeetings>['ctx']) =>
  ctx.db
    .prepare(
      'SELECT entity, action, before_json, after_json FROM audit_events ORDER BY id DESC LIMIT 1',
    )
    .get() as {
    entity: string;
    action: string;
    before_json: string | null;
    after_json: string | null;
  };

describe('logging a meeting', () => {
  it('records the date, duration, mode, topics, notes and action items, with an audit event', () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const record = logMeeting(ctx, {
      ...heldMeeting(pairing.id, '2026-11-20'),
      mode: 'video',
      topics: ['Sepsis recognition', 'Night shift fatigue'],
      notes: 'Went through two recent cases.',
      actionItems: [
        {
          description: 'Read the sepsis bundle policy',
          owner: 'mentee',
          ownerName: null,
          dueDate: '2026-11-27',
        },
        {
          description: 'Book a simulation slot',
          owner: 'other',
          ownerName: 'Sim lab coordinator',
          dueDate: '2026-12-04',
        },
      ],
    });
    expect(record).toMatchObject({
      status: 'held',
      date: '2026-11-20',
      durationMinutes: 45,
      mode: 'video',
      topics: ['Sepsis recognition', 'Night shift fatigue'],
      actionItems: [
        {
          description: 'Read the sepsis bundle policy',
          owner: 'mentee',
          ownerName: null,
          dueDate: '2026-11-27',
        },
        {
          description: 'Book a simulation slot',
          owner: 'other',
          ownerName: 'Sim lab coordinator',
          dueDate: '2026-12-04',
        },
      ],
    });
    const audit = lastAudit(ctx);
    expect(audit).toMatchObject({ entity: 'meeting', action: 'log', before_json: null });
    expect(JSON.parse(audit.after_json ?? '{}')).toMatchObject({
      date: '2026-11-20',
      mode: 'video',
      actionItems: [{ owner: 'mentee' }, { ownerName: 'Sim lab coordinator' }],
    });
  });

  it("refuses a date outside the pairing's dates, naming them, and changes nothing", () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const before = counts(ctx);
    const error = caught(() => logMeeting(ctx, heldMeeting(pairing.id, '2026-08-28')));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      "The meeting date 2026-08-28 is outside this pairing's dates (2026-09-01 to 2027-08-31).",
    );
    expect(error.details?.problems).toEqual([
      { field: 'date', value: '2026-08-28', message: 'a date from 2026-09-01 to 2027-08-31' },
    ]);
    expect(counts(ctx)).toEqual(before);
  });

  it('refuses a meeting after an early end, and one dated in the future', () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-10-15');
    transitionPairing(ctx, { pairingId: pairing.id, to: 'ended_early', reason: 'mentee_left' });
    setToday(clock, '2026-11-23');
    expect(() => logMeeting(ctx, heldMeeting(pairing.id, '2026-10-20'))).toThrow(
      "outside this pairing's dates (2026-09-01 to 2026-10-15)",
    );
    expect(logMeeting(ctx, heldMeeting(pairing.id, '2026-10-15')).date).toBe('2026-10-15');

    const other = setUpMeetings();
    setToday(other.clock, '2026-11-23');
    const before = counts(other.ctx);
    const error = caught(() => logMeeting(other.ctx, heldMeeting(other.pairing.id, '2026-11-24')));
    expect(error.message).toBe(
      'The meeting date 2026-11-24 is after today (2026-11-23); log a meeting once it has been held.',
    );
    expect(counts(other.ctx)).toEqual(before);
  });

  it('refuses a pairing that has not started', () => {
    const { ctx, cohort, mentorEnrolment } = setUpMeetings();
    const second = addStaff(ctx, 'Omar-Orientee', { yearsExperience: 1, jobLevel: 1 });
    const proposed = assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: enrolMentee(ctx, cohort.id, second.id).id,
      mentorEnrolmentId: mentorEnrolment.id,
    });
    expect(() => logMeeting(ctx, heldMeeting(proposed.id, '2026-09-01'))).toThrow(
      'This pairing has not started (it is proposed)',
    );
  });

  it('refuses zero and negative durations, naming the field, and changes nothing', async () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const call = routerFor(ctx);
    const before = counts(ctx);
    for (const durationMinutes of [0, -30]) {
      const result = await call('meetings.log', {
        ...heldMeeting(pairing.id, '2026-11-20'),
        durationMinutes,
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          details: {
            problems: [
              { field: 'durationMinutes', message: 'the duration must be more than 0 minutes' },
            ],
          },
        },
      });
    }
    const odd = await call('meetings.log', {
      ...heldMeeting(pairing.id, '2026-11-20'),
      durationMinutes: 12.5,
      mode: 'carrier pigeon',
    });
    expect(
      odd.ok ? [] : odd.error.details?.problems?.map((p) => `${p.field}: ${p.message}`),
    ).toEqual([
      'durationMinutes: a whole number of minutes',
      'mode: choose in person, video or phone',
    ]);
    expect(counts(ctx)).toEqual(before);
  });

  it('refuses action items without an owner name or due before the meeting, pointing at the item', async () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const before = counts(ctx);
    const result = await routerFor(ctx)('meetings.log', {
      ...heldMeeting(pairing.id, '2026-11-20'),
      actionItems: [
        {
          description: 'Shadow the charge nurse',
          owner: 'other',
          ownerName: '',
          dueDate: '2026-11-27',
        },
        { description: 'Review the IV policy', owner: 'mentee', dueDate: '2026-11-19' },
      ],
    });
    expect(result.ok ? [] : result.error.details?.problems).toEqual([
      { field: 'actionItems.0.ownerName', message: "the owner's name is required" },
      {
        field: 'actionItems.1.dueDate',
        message: 'the due date cannot be before the meeting (2026-11-20)',
      },
    ]);
    expect(counts(ctx)).toEqual(before);
  });
});

describe('correcting and removing a record', () => {
  it('keeps the values before and after a correction in the audit trail', () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const logged = logMeeting(ctx, {
      ...heldMeeting(pairing.id, '2026-11-20'),
      actionItems: [
        {
          description: 'Practice IV starts',
          owner: 'mentee',
          ownerName: null,
          dueDate: '2026-11-30',
        },
      ],
    });
    const corrected = updateMeeting(ctx, {
      ...heldMeeting(pairing.id, '2026-11-19'),
      id: logged.id,
      durationMinutes: 30,
      mode: 'phone',
      actionItems: [],
    });
    expect(corrected).toMatchObject({
      id: logged.id,
      date: '2026-11-19',
      durationMinutes: 30,
      mode: 'phone',
      actionItems: [],
    });
    const audit = lastAudit(ctx);
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.before_json ?? '{}')).toMatchObject({
      date: '2026-11-20',
      durationMinutes: 45,
      mode: 'in_person',
      actionItems: [{ description: 'Practice IV starts' }],
    });
    expect(JSON.parse(audit.after_json ?? '{}')).toMatchObject({
      date: '2026-11-19',
      durationMinutes: 30,
      mode: 'phone',
      actionItems: [],
    });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM meeting_action_items').get()).toEqual({
      n: 0,
    });
  });

  it('refuses a correction that moves the meeting outside the dates, and changes nothing', () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const logged = logMeeting(ctx, heldMeeting(pairing.id, '2026-11-20'));
    const before = counts(ctx);
    expect(() =>
      updateMeeting(ctx, { ...heldMeeting(pairing.id, '2026-08-01'), id: logged.id }),
    ).toThrow('outside this pairing');
    expect(counts(ctx)).toEqual(before);
  });

  it('removes a record entered by mistake; the trail keeps what it said', () => {
    const { ctx, clock, pairing } = setUpMeetings();
    setToday(clock, '2026-11-23');
    const logged = logMeeting(ctx, {
      ...heldMeeting(pairing.id, '2026-11-20'),
      actionItems: [{ description: 'x', owner: 'mentor', ownerName: null, dueDate: '2026-11-21' }],
    });
    expect(removeMeeting(ctx, logged.id)).toEqual({ id: logged.id, pairingId: pairing.id });
    expect(counts(ctx)).toMatchObject({ meetings: { n: 0 }, items: { n: 0 } });
    const audit = lastAudit(ctx);
    expect(audit).toMatchObject({ action: 'remove', after_json: null });
    expect(JSON.parse(must(audit.before_json))).toMatchObject({
      date: '2026-11-20',
      status: 'held',
    });
  });
});

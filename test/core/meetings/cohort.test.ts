import { describe, expect, it } from 'vitest';
import { cohortIcs, pairingIcs } from '../../../electron/core/meetings/export';
import { cohortMeetings } from '../../../electron/core/meetings/overview';
import { logMeeting, markMissed } from '../../../electron/core/meetings/service';
import { setInactivityDays } from '../../../electron/core/meetings/settings';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee } from '../../helpers/cohort';
import { parseIcs, prop, unescapeText, type IcsComponent } from './icsParse';
import { counts, heldMeeting, must, routerFor, setToday, setUpMeetings } from './setup';

const TODAY = '2026-11-23';

/** Weekly from 1 Sep: Nico meets every week, Ines stopped in October, Ravi never met, Pia is paused. */
function cohortOfFour() {
  const s = setUpMeetings();
  const more = (name: string) => {
    const staff = addStaff(s.ctx, name, { yearsExperience: 1, jobLevel: 1, shift: 'day' });
    const enrolment = enrolMentee(s.ctx, s.cohort.id, staff.id);
    const proposed = assignMentee(s.ctx, {
      cohortId: s.cohort.id,
      menteeEnrolmentId: enrolment.id,
      mentorEnrolmentId: s.mentorEnrolment.id,
    });
    return must(acceptProposals(s.ctx, [proposed.id])[0]);
  };
  const ines = more('Ines-Irving');
  const ravi = more('Ravi-Rao');
  const pia = more('Pia-Park');
  setToday(s.clock, '2026-11-20');
  for (
    let day = new Date('2026-09-01');
    day.toISOString() < '2026-11-20';
    day.setUTCDate(day.getUTCDate() + 7)
  ) {
    logMeeting(s.ctx, heldMeeting(s.pairing.id, day.toISOString().slice(0, 10)));
  }
  for (const date of ['2026-09-02', '2026-09-09', '2026-10-27'])
    logMeeting(s.ctx, heldMeeting(ines.id, date));
  logMeeting(s.ctx, heldMeeting(pia.id, '2026-09-29'));
  setToday(s.clock, '2026-10-01');
  transitionPairing(s.ctx, { pairingId: pia.id, to: 'paused', note: 'Parental leave' });
  setToday(s.clock, TODAY);
  return { ...s, ines, ravi, pia };
}

const rowOf = (report: ReturnType<typeof cohortMeetings>, name: string) =>
  must(report.rows.find((r) => r.pairing.menteeName === name));

describe("a cohort's meetings", () => {
  it('lists compliance per pairing, furthest behind first, with both flags', () => {
    const s = cohortOfFour();
    const report = cohortMeetings(s.ctx.db, s.cohort.id, TODAY);
    expect(report).toMatchObject({
      cadence: 'weekly',
      twiceCadence: '14 days',
      inactivityDays: 90,
      today: TODAY,
    });
    expect(report.rows.map((r) => [r.pairing.menteeName, r.compliance.percent])).toEqual([
      ['Ravi Rao', 0],
      ['Pia Park', 20],
      ['Ines Irving', 27],
      ['Nico Newgrad', 100],
    ]);
    expect(rowOf(report, 'Nico Newgrad')).toMatchObject({
      noMeetingForTwiceCadence: false,
      inactive: false,
      overdue: false,
      daysSinceMeeting: 6,
    });
    expect(rowOf(report, 'Ines Irving')).toMatchObject({
      noMeetingForTwiceCadence: true,
      inactive: false,
      daysSinceMeeting: 27,
    });
    expect(rowOf(report, 'Ravi Rao')).toMatchObject({
      noMeetingForTwiceCadence: true,
      inactive: false,
      daysSinceMeeting: 83,
    });
    // Paused since 1 Oct: the pause does not count against twice the cadence.
    expect(rowOf(report, 'Pia Park')).toMatchObject({
      noMeetingForTwiceCadence: false,
      activeDaysSinceMeeting: 2,
      daysSinceMeeting: 55,
    });
  });

  it('flags inactivity after the cohort’s own number of days, recorded in the audit trail', async () => {
    const s = cohortOfFour();
    const call = routerFor(s.ctx);
    const before = counts(s.ctx);
    const refused = await call('meetings.setInactivityDays', { cohortId: s.cohort.id, days: 3 });
    expect(refused).toMatchObject({
      ok: false,
      error: { details: { problems: [{ field: 'days', message: 'at least 7 days' }] } },
    });
    expect(counts(s.ctx)).toEqual(before);

    setInactivityDays(s.ctx, s.cohort.id, 50);
    const report = cohortMeetings(s.ctx.db, s.cohort.id, TODAY);
    expect(report.inactivityDays).toBe(50);
    expect(
      report.rows
        .filter((r) => r.inactive)
        .map((r) => r.pairing.menteeName)
        .sort(),
    ).toEqual(['Pia Park', 'Ravi Rao']);
    const audit = s.ctx.db
      .prepare(
        "SELECT before_json, after_json FROM audit_events WHERE action = 'meetings:inactivity-days'",
      )
      .all();
    expect(audit).toEqual([
      { before_json: '{"inactivityDays":90}', after_json: '{"inactivityDays":50}' },
    ]);
  });
});

const events = (ics: string): IcsComponent[] =>
  must(parseIcs(ics).children[0]).children.filter((c) => c.type === 'VEVENT');
const value = (c: IcsComponent, name: string) => unescapeText(must(prop(c, name)).value);

describe('planned meetings as an iCalendar file', () => {
  it('holds one event per planned meeting of the pairing, at the suggested time, with both names', () => {
    const s = cohortOfFour();
    markMissed(s.ctx, {
      pairingId: s.pairing.id,
      date: '2026-12-01',
      status: 'cancelled',
      reason: 'Mentor on leave',
    });
    const file = pairingIcs(s.ctx.db, s.pairing.id, TODAY, '2026-11-23T09:00:00.000Z');
    expect(file.fileName).toBe('meetings-mtg-2026-nico-newgrad.ics');
    for (const line of file.ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const list = events(file.ics);
    // Tuesdays from 24 Nov 2026 to the planned end on 31 Aug 2027, less the cancelled 1 Dec.
    expect(list).toHaveLength(40);
    expect(file.events).toBe(40);
    const [first, second] = list;
    expect(value(must(first), 'DTSTART')).toBe('20261124T143000');
    expect(value(must(first), 'DURATION')).toBe('PT45M');
    expect(value(must(first), 'DTSTAMP')).toBe('20261123T090000Z');
    expect(value(must(first), 'SUMMARY')).toBe('Mentoring check-in: Nico Newgrad with Maya Mentor');
    expect(value(must(first), 'DESCRIPTION')).toContain(
      'Weekly check-in of Nico Newgrad (mentee) and Maya Mentor (mentor), cohort MTG-2026.\nDue by 2026-11-30.',
    );
    expect(value(must(second), 'DTSTART')).toBe('20261208T143000');
    expect(new Set(list.map((e) => value(e, 'UID'))).size).toBe(40);
    expect(value(must(first), 'UID')).toMatch(/^pairing-\d+-20261124@.+\.tandem$/);
  });

  it('gathers every open pairing of a cohort; a paused one has nothing planned', () => {
    const s = cohortOfFour();
    const file = cohortIcs(s.ctx.db, s.cohort.id, TODAY, '2026-11-23T09:00:00.000Z');
    const summaries = new Set(events(file.ics).map((e) => value(e, 'SUMMARY')));
    expect([...summaries].sort()).toEqual([
      'Mentoring check-in: Ines Irving with Maya Mentor',
      'Mentoring check-in: Nico Newgrad with Maya Mentor',
      'Mentoring check-in: Ravi Rao with Maya Mentor',
    ]);
    expect(file.events).toBe(41 * 3);
  });
});

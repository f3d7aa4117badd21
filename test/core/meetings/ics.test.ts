import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../../electron/core/meetings/ics';
import { childAt, parseIcs, prop, unescapeText, valueOf } from './icsParse';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('the iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    const raw = 'Goals; review\\plan, then\nnext steps';
    expect(escapeText(raw)).toBe('Goals\\; review\\\\plan\\, then\\nnext steps');
    expect(unescapeText(escapeText(raw))).toBe(raw);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const line = `SUMMARY:${'Mentoring check-in: Zoë Ñúñez with Chloé Öztürk · '.repeat(4)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes a calendar with timed and all-day events that parses back', () => {
    const ics = buildIcs({
      name: 'Mentoring: Nico with Maya',
      stamp: '2026-11-23T09:00:00.000Z',
      events: [
        {
          uid: 'pairing-1-20261130@test.tandem',
          date: '2026-11-30',
          start: '14:30',
          minutes: 45,
          summary: 'Check-in: Nico, Maya',
          description: 'Line one\nLine two',
        },
        {
          uid: 'pairing-1-20261207@test.tandem',
          date: '2026-12-31',
          start: null,
          minutes: 30,
          summary: 'All day',
          description: '',
        },
      ],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const root = parseIcs(ics);
    const cal = childAt(root, 0);
    expect(cal.type).toBe('VCALENDAR');
    expect(valueOf(cal, 'VERSION')).toBe('2.0');
    expect(valueOf(cal, 'PRODID')).toBe('-//Tandem//Mentorship meetings//EN');
    const timed = childAt(cal, 0);
    const allDay = childAt(cal, 1);
    expect(timed.type).toBe('VEVENT');
    expect(valueOf(timed, 'DTSTART')).toBe('20261130T143000');
    expect(valueOf(timed, 'DURATION')).toBe('PT45M');
    expect(valueOf(timed, 'DTSTAMP')).toBe('20261123T090000Z');
    expect(unescapeText(valueOf(timed, 'SUMMARY'))).toBe('Check-in: Nico, Maya');
    expect(unescapeText(valueOf(timed, 'DESCRIPTION'))).toBe('Line one\nLine two');
    expect(prop(allDay, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20261231',
    });
    expect(valueOf(allDay, 'DTEND')).toBe('20270101');
  });
});

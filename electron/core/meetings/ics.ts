/**
 * A small iCalendar (RFC 5545) writer for planned meetings: TEXT values escaped, lines folded
 * at 75 octets without splitting a UTF-8 character, CRLF line ends. Pure; no clock.
 */

export interface IcsEvent {
  /** Globally unique and stable, so importing the file again updates instead of duplicating. */
  uid: string;
  /** The meeting's day, YYYY-MM-DD. */
  date: string;
  /** Local start time HH:MM, or null for an all-day entry (no time suits both people). */
  start: string | null;
  minutes: number;
  summary: string;
  description: string;
  categories?: string;
}

export interface IcsCalendar {
  name: string;
  /** When the file is made, as an ISO instant (DTSTAMP). */
  stamp: string;
  events: readonly IcsEvent[];
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma escaped; line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines over 75 octets continue on the next line after one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string) => day.replaceAll('-', '');

/** 2026-11-23T09:00:00.000Z → 20261123T090000Z */
export function utcStamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  // Floating local time: the facility and its staff share one time zone.
  const when =
    e.start === null
      ? [
          `DTSTART;VALUE=DATE:${compactDay(e.date)}`,
          `DTEND;VALUE=DATE:${compactDay(nextDay(e.date))}`,
        ]
      : [`DTSTART:${compactDay(e.date)}T${e.start.replace(':', '')}00`, `DURATION:PT${e.minutes}M`];
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    ...when,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.categories ? [`CATEGORIES:${escapeText(e.categories)}`] : []),
    'STATUS:TENTATIVE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem//Mentorship meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

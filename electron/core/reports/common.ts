import { readChainHead } from '../audit/trail';
import {
  formatQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterRange,
  type Quarter,
} from '../../../shared/periods';
import type { EnrolmentPerson } from '../../../shared/domain/programs';
import type {
  DocumentHeader,
  PaperSize,
  PrintPeriod,
  PrintPerson,
} from '../../../shared/domain/printing';
import { ROLE_LABELS } from '../../../shared/domain/staff';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { facilityName } from '../facility/service';

/** What every document builder needs besides the database: the day and the paper. */
export interface ReportOptions {
  today: string;
  locale: string;
  paperSize: PaperSize;
}

export function documentHeader(
  db: Db,
  options: ReportOptions,
  title: string,
  landscape = false,
): DocumentHeader {
  return {
    facilityName: facilityName(db) ?? 'Facility',
    title,
    printedOn: options.today,
    locale: options.locale,
    paperSize: options.paperSize,
    landscape,
    auditHead: auditHeadOf(db),
  };
}

/** The newest event's id and hash: printed on packets so a reader can match them to the trail. */
function auditHeadOf(db: Db): { events: number; hash: string } {
  const head = readChainHead(db);
  return { events: head.id, hash: head.hash };
}

/** A quarter typed by a person, refused naming the field when it is not one. */
export function quarterOfText(text: string, field = 'quarter'): Quarter {
  const quarter = parseQuarter(text);
  if (!quarter) {
    throw new TandemError(
      'invalid_input',
      `${field}: expected a quarter like 2026-Q3, found "${text}".`,
      {
        problems: [{ field, value: text, message: 'a quarter like 2026-Q3 (year, then Q1 to Q4)' }],
      },
    );
  }
  return quarter;
}

export function printPeriod(q: Quarter): PrintPeriod {
  const key = formatQuarter(q);
  return { key, label: `${key} (${quarterLabel(q)})`, ...quarterRange(q) };
}

export function periods(q: Quarter): { period: PrintPeriod; previousPeriod: PrintPeriod } {
  return { period: printPeriod(q), previousPeriod: printPeriod(previousQuarter(q)) };
}

export function printPerson(p: EnrolmentPerson): PrintPerson {
  return {
    staffId: p.staffId,
    name: p.displayName,
    employeeNumber: p.employeeNumber,
    discipline: p.role ? ROLE_LABELS[p.role] : null,
    unit: p.unit,
  };
}

/** An id that names nothing, refused naming the field it came in. */
export function notFound(field: string, id: number, what: string): TandemError {
  return new TandemError('not_found', `${field}: there is no ${what} with id ${id}.`, {
    problems: [{ field, value: String(id), message: `no ${what} with this id` }],
  });
}

/** The earlier of two days. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

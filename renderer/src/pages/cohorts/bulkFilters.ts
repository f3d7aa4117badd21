import type {
  EnrolCandidatesQuery,
  ENROLABLE_STATUSES,
} from '../../../../shared/contract/programs';
import type { Role, Shift } from '../../../../shared/domain/staff';

/** What the bulk enrolment panel filters by, as the controls hold it (numbers as typed). */
export interface BulkFilters {
  search: string;
  units: string[];
  roles: Role[];
  shifts: Shift[];
  statuses: (typeof ENROLABLE_STATUSES)[number][];
  /** "1" to "5", as the filter menu gives them. */
  jobLevels: string[];
  minYears: string;
  maxYears: string;
  hiredWithinMonths: string;
}

export const NO_BULK_FILTERS: BulkFilters = {
  search: '',
  units: [],
  roles: [],
  shifts: [],
  statuses: ['active'],
  jobLevels: [],
  minYears: '',
  maxYears: '',
  hiredWithinMonths: '',
};

export type NumberField = 'minYears' | 'maxYears' | 'hiredWithinMonths';

/** A typed number: empty is "no bound"; anything else must be what the field expects. */
function parse(text: string, whole: boolean): number | undefined | string {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0 || (whole && (!Number.isInteger(n) || n < 1)))
    return whole ? 'a whole number of months, 1 or more' : 'a number of years, 0 or more';
  return n;
}

export interface ParsedBulkFilters {
  /** The query to send, or null while a number is not valid or nothing narrows the list. */
  query: Omit<EnrolCandidatesQuery, 'cohortId'> | null;
  errors: Partial<Record<NumberField, string>>;
  /** Something beyond the default (active staff) narrows the list. */
  narrowed: boolean;
}

export function parseBulkFilters(f: BulkFilters): ParsedBulkFilters {
  const minYears = parse(f.minYears, false);
  const maxYears = parse(f.maxYears, false);
  const months = parse(f.hiredWithinMonths, true);
  const errors: ParsedBulkFilters['errors'] = {};
  if (typeof minYears === 'string') errors.minYears = minYears;
  if (typeof maxYears === 'string') errors.maxYears = maxYears;
  if (typeof months === 'string') errors.hiredWithinMonths = months;
  if (typeof minYears === 'number' && typeof maxYears === 'number' && maxYears < minYears)
    errors.maxYears = `at least the minimum (${minYears})`;
  const narrowed =
    f.search.trim() !== '' ||
    f.units.length + f.roles.length + f.shifts.length + f.jobLevels.length > 0 ||
    f.statuses.join() !== NO_BULK_FILTERS.statuses.join() ||
    f.minYears.trim() + f.maxYears.trim() + f.hiredWithinMonths.trim() !== '';
  const valid = Object.keys(errors).length === 0;
  return {
    errors,
    narrowed,
    query:
      narrowed && valid
        ? {
            search: f.search.trim(),
            units: f.units,
            roles: f.roles,
            shifts: f.shifts,
            statuses: f.statuses,
            jobLevels: f.jobLevels.map(Number),
            ...(typeof minYears === 'number' ? { minYears } : {}),
            ...(typeof maxYears === 'number' ? { maxYears } : {}),
            ...(typeof months === 'number' ? { hiredWithinMonths: months } : {}),
          }
        : null,
  };
}

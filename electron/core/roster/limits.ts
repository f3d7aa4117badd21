import { TandemError } from '../../../shared/result';

/**
 * How big a roster file Tandem reads. Generous for a real facility (a 100,000-staff HR export
 * with dozens of columns is well inside every one), and small enough that a hostile file is
 * refused with a message before it can exhaust the memory of the process reading it.
 */
export const ROSTER_LIMITS = {
  /** The file as given (CSV text or the XLSX zip). */
  fileBytes: 150 * 1024 * 1024,
  /** Staff rows after the header. */
  rows: 250_000,
  /** Columns in the header or in any row. */
  columns: 500,
  /** An XLSX file's parts once unzipped, as declared in the zip and as they really inflate. */
  xlsxExpandedBytes: 300 * 1024 * 1024,
  /** Parts in an XLSX zip (a workbook has a few dozen). */
  xlsxEntries: 10_000,
} as const;

export type RosterLimit = keyof typeof ROSTER_LIMITS;

const WHAT: Record<RosterLimit, (n: number) => string> = {
  fileBytes: (n) => megabytes(n),
  rows: (n) => `${n.toLocaleString('en-US')} staff rows`,
  columns: (n) => `${n.toLocaleString('en-US')} columns`,
  xlsxExpandedBytes: (n) => `${megabytes(n)} once unzipped`,
  xlsxEntries: (n) => `${n.toLocaleString('en-US')} parts in its zip`,
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/**
 * The refusal of a file past a limit: code `too_large`, naming the limit and the file's own
 * figure ("at least" when reading stopped as soon as the limit was passed).
 */
export function tooLarge(
  fileName: string,
  limit: RosterLimit,
  figure: number,
  options: { atLeast?: boolean; row?: number } = {},
): TandemError {
  const max = ROSTER_LIMITS[limit];
  const has = `${options.atLeast ? 'more than ' : ''}${WHAT[limit](options.atLeast ? max : figure)}`;
  const where = options.row === undefined ? '' : ` (row ${options.row})`;
  return new TandemError(
    'too_large',
    `"${fileName}" is too large to import: it has ${has}${where}; Tandem reads at most ${WHAT[limit](max)}. ` +
      'Check that it is the staff roster, or split it into smaller files and import each.',
    {
      limit,
      figure: options.atLeast ? max + 1 : figure,
      max,
      ...(options.row ? { row: options.row } : {}),
    },
  );
}

/**
 * Every API method answers with a Result, so errors cross IPC and HTTP as ordinary data that
 * the UI can show next to the thing that is wrong.
 */
export type ErrorCode =
  | 'unknown_method'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'no_database'
  | 'unsupported_version'
  | 'import_rejected'
  | 'illegal_transition'
  | 'rule_violation'
  | 'unauthorized'
  /** Signed in, but the account's role does not allow this method. */
  | 'forbidden'
  /** The session is locked (idle) or the account is locked after failed attempts. */
  | 'locked'
  /** The person cancelled a long job; nothing it would have written was kept. */
  | 'cancelled'
  /** A file or input beyond the limits Tandem accepts (size, rows, columns, expanded size). */
  | 'too_large'
  | 'internal';

/** One problem with one thing the user gave us: where it is, what we found, what we expected. */
export interface Problem {
  /** Field path or column name, e.g. `employeeNumber` or `JobLevel`. */
  field?: string;
  /** 1-based row as a spreadsheet shows it (the header is row 1), for file imports. */
  row?: number;
  value?: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: { problems?: Problem[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Thrown by services; the routers turn it into an error Result. */
export class TandemError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'TandemError';
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

import type { ApiError, Problem } from '../../../shared/result';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Field-level messages from an error's problems. `prefix` strips a wrapper path such as
 * `staff.` (people.update takes `{ id, staff }`); the first message per field wins.
 */
export function fieldErrorsFrom(error: ApiError | null, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of error?.details?.problems ?? []) {
    if (!problem.field) continue;
    const field = problem.field.startsWith(prefix)
      ? problem.field.slice(prefix.length)
      : problem.field;
    const key = field.split('.')[0] ?? field;
    errors[key] ??= problem.message;
  }
  return errors;
}

export function problemsOf(error: ApiError | null): Problem[] {
  return error?.details?.problems ?? [];
}

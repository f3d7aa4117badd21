import { useCallback, useState } from 'react';
import type { ApiError, Result } from '../../../../shared/result';

export type PathErrors = Partial<Record<string, string>>;

/** Problems by their full field path ("milestones.1.dueDate"); the first message per path wins. */
export function errorsByPath(error: ApiError | null): PathErrors {
  const errors: PathErrors = {};
  for (const p of error?.details?.problems ?? []) if (p.field) errors[p.field] ??= p.message;
  return errors;
}

/** One write from a form or button: busy while it runs, its error kept for the fields to show. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(call: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) return result.value;
    setError(result.error);
    return null;
  }, []);
  return { busy, error, setError, run, errors: errorsByPath(error) };
}

/** An error for a banner only when no field shows it. */
export function unplacedError(error: ApiError | null, shown: readonly string[]): ApiError | null {
  if (!error) return null;
  const fields = (error.details?.problems ?? []).map((p) => p.field ?? '');
  return fields.length > 0 && fields.every((f) => shown.includes(f)) ? null : error;
}

/**
 * Forgets the problems under a path prefix (e.g. "milestones.") once those rows are renumbered,
 * so that no message lands on the wrong row. The error goes when nothing else is left in it.
 */
export function forgetProblemsUnder(error: ApiError | null, prefix: string): ApiError | null {
  const problems = error?.details?.problems;
  if (!error || !problems) return error;
  const kept = problems.filter((p) => !(p.field ?? '').startsWith(prefix));
  return kept.length === 0 ? null : { ...error, details: { ...error.details, problems: kept } };
}

export function forgetPathsUnder(errors: PathErrors, prefix: string): PathErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith(prefix)));
}

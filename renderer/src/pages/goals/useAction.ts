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

/** Paths of the rows of a list (e.g. "milestones") from `index` on: renumbered by a removal. */
export function rowsFrom(list: string, index: number): (path: string) => boolean {
  const row = new RegExp(`^${list}\\.(\\d+)\\.`);
  return (path) => Number(row.exec(path)?.[1] ?? -1) >= index;
}

/**
 * Forgets the problems on the given paths once their rows are renumbered, so that no message
 * lands on the wrong row. The error goes when nothing else is left in it.
 */
export function forgetProblems(
  error: ApiError | null,
  renumbered: (path: string) => boolean,
): ApiError | null {
  const problems = error?.details?.problems;
  if (!error || !problems) return error;
  const kept = problems.filter((p) => !renumbered(p.field ?? ''));
  return kept.length === 0 ? null : { ...error, details: { ...error.details, problems: kept } };
}

export function forgetPaths(errors: PathErrors, renumbered: (path: string) => boolean): PathErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !renumbered(path)));
}

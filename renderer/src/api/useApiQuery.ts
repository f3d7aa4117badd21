import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import { api } from './client';

export interface QueryState<T> {
  /** The latest successful value; kept while a newer call is in flight, so tables do not flash. */
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Calls a read method whenever its input changes (compared by value) and keeps only the answer
 * to the latest call, so a slow early answer never overwrites a newer one.
 */
export function useApiQuery<M extends MethodName>(
  name: M,
  input: InputOf<M>,
  options: { enabled?: boolean } = {},
): QueryState<OutputOf<M>> {
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(input);
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<Omit<QueryState<OutputOf<M>>, 'reload'>>({
    data: undefined,
    error: null,
    loading: enabled,
  });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void api.call(name, JSON.parse(key) as InputOf<M>).then((result) => {
      if (!current) return;
      setState((s) =>
        result.ok
          ? { data: result.value, error: null, loading: false }
          : { data: s.data, error: result.error, loading: false },
      );
    });
    return () => {
      current = false;
    };
  }, [name, key, nonce, enabled]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

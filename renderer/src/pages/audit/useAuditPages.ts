import { useCallback, useEffect, useState } from 'react';
import type { AuditEvent } from '../../../../shared/domain/audit';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';

export const AUDIT_PAGE_SIZE = 200;

/** What the Audit page asks for; names of people and records come back with the events. */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  staffId?: number;
  entities: string[];
  actions: string[];
  since?: string;
  until?: string;
  search: string;
}

/**
 * The audit trail 200 events at a time; a new filter starts over, "Load more" appends. `null`
 * asks for nothing (a filter still being typed, a date range the wrong way round).
 */
export function useAuditPages(filter: AuditFilter | null) {
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [matching, setMatching] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [nonce, setNonce] = useState(0);
  const key = filter === null ? null : JSON.stringify(filter);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setLoading(true);
    void api
      .call('audit.list', {
        ...(JSON.parse(key) as AuditFilter),
        offset: 0,
        limit: AUDIT_PAGE_SIZE,
      })
      .then((result) => {
        if (!current) return;
        setLoading(false);
        if (result.ok) {
          setItems(result.value.items);
          setMatching(result.value.matching);
          setError(null);
        } else {
          setError(result.error);
        }
      });
    return () => {
      current = false;
    };
  }, [key, nonce]);

  const loadMore = useCallback(async () => {
    if (key === null) return;
    setLoading(true);
    const result = await api.call('audit.list', {
      ...(JSON.parse(key) as AuditFilter),
      offset: items.length,
      limit: AUDIT_PAGE_SIZE,
    });
    setLoading(false);
    if (result.ok) {
      setItems((previous) => [...previous, ...result.value.items]);
      setMatching(result.value.matching);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [key, items.length]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { items, matching, loading, error, loadMore, reload };
}

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { FacilityStatus } from '../../../shared/domain/facility';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/client';

interface FacilityState {
  status: FacilityStatus | null;
  error: ApiError | null;
  /** Ask the back end again (after the first load failed, or after a change elsewhere). */
  refresh: () => void;
  /** Adopt a status a call has just returned (create, open, rename). */
  setStatus: (status: FacilityStatus) => void;
}

const FacilityContext = createContext<FacilityState | null>(null);

/** Which facility database is open, its name and who is acting: the frame every page sits in. */
export function FacilityProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<FacilityStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    let current = true;
    void api.call('facility.status', {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setStatus(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [nonce]);

  const refresh = useCallback(() => setNonce((n) => n + 1), []);
  const value = useMemo(() => ({ status, error, refresh, setStatus }), [status, error, refresh]);
  return <FacilityContext.Provider value={value}>{children}</FacilityContext.Provider>;
}

export function useFacility(): FacilityState {
  const state = useContext(FacilityContext);
  if (!state) throw new Error('useFacility must be used inside <FacilityProvider>');
  return state;
}

/** The open facility's status; only for pages shown once a database is open. */
export function useOpenFacility(): FacilityStatus & { setStatus: (s: FacilityStatus) => void } {
  const { status, setStatus } = useFacility();
  if (!status?.open) throw new Error('useOpenFacility needs an open facility database');
  return { ...status, setStatus };
}

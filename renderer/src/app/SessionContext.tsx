import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { roleAllows } from '../../../shared/contract/access';
import type { MethodName } from '../../../shared/contract';
import type { AccountsStatus } from '../../../shared/domain/accounts';
import type { ApiError } from '../../../shared/result';
import { api, onSessionProblem } from '../api/client';
import { useFacility } from './FacilityContext';

interface SessionState {
  status: AccountsStatus | null;
  error: ApiError | null;
  refresh: () => void;
  /** Adopt a status a call has just returned (first admin, sign-in, unlock, sign-out). */
  setStatus: (status: AccountsStatus) => void;
  /**
   * Whether the signed-in role may call a method: for hiding what it cannot use. The core
   * checks every call itself; this only keeps buttons that would be refused out of the way.
   */
  can: (method: MethodName) => boolean;
}

const SessionContext = createContext<SessionState | null>(null);

/** How often an open window asks whether the idle time has locked the session. */
const POLL_MS = 3_000;

/** Who is signed in to the open facility, and whether the session is locked. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const facility = useFacility();
  const [status, setStatusState] = useState<AccountsStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [nonce, setNonce] = useState(0);
  const shown = useRef('');
  const path = facility.status?.open ? facility.status.path : null;
  const refreshFacility = facility.refresh;

  const setStatus = useCallback((next: AccountsStatus) => {
    // Polling returns equal answers most of the time: only a real change re-renders the app.
    const text = JSON.stringify(next);
    if (text === shown.current) return;
    shown.current = text;
    setStatusState(next);
  }, []);

  useEffect(() => {
    let current = true;
    void api.call('accounts.status', {}).then((result) => {
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
  }, [nonce, path, setStatus]);

  const refresh = useCallback(() => setNonce((n) => n + 1), []);
  useEffect(() => onSessionProblem(refresh), [refresh]);

  const signedIn = status?.user != null && !status.locked;
  useEffect(() => {
    if (!signedIn) return;
    const timer = window.setInterval(refresh, POLL_MS);
    return () => window.clearInterval(timer);
  }, [signedIn, refresh]);

  // The facility status names who changes are recorded as: ask again when that changes.
  const actor = status?.actor;
  useEffect(() => {
    if (actor !== undefined) refreshFacility();
  }, [actor, refreshFacility]);

  const value = useMemo<SessionState>(() => {
    const role = status?.user?.role;
    return {
      status,
      error,
      refresh,
      setStatus,
      can: (method) => (role ? roleAllows(role, method) : false),
    };
  }, [status, error, refresh, setStatus]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}

/** Whether the signed-in role may call `method` (for hiding writes from viewers). */
export function useCan(method: MethodName): boolean {
  return useSession().can(method);
}

import {
  createClient,
  type ApiClient,
  type TandemBridge,
  type Transport,
} from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/result';
import { hostToken } from './token';

declare global {
  interface Window {
    /** Present inside the Electron app (preload); absent when served by the local host. */
    tandem?: TandemBridge;
  }
}

function failure(message: string, code: ApiError['code'] = 'internal'): Result<never> {
  return { ok: false, error: { code, message } };
}

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body;
}

/** The browser path: the local host's `POST /api/call` with the per-run token. */
const httpTransport: Transport = async (name, input) => {
  const token = hostToken();
  let response: Response;
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ name, input }),
    });
  } catch {
    return failure('Tandem could not reach its local host. Is it still running?');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Fall through to the status-based message below.
  }
  if (isResult(body)) return body;
  if (response.status === 401) {
    return failure(
      'This page is not signed in to the Tandem host. Open it again from the link the host printed.',
      'unauthorized',
    );
  }
  return failure(`The Tandem host answered ${response.status} ${response.statusText}.`);
};

/** The Electron path: the preload's bridge. Errors thrown across IPC become results too. */
function ipcTransport(bridge: TandemBridge): Transport {
  return async (name, input) => {
    try {
      return await bridge.call(name, input);
    } catch (error) {
      return failure(error instanceof Error ? error.message : String(error));
    }
  };
}

type SessionListener = (error: ApiError) => void;
const sessionListeners = new Set<SessionListener>();

/**
 * Hears every answer that says the session is gone or locked (idle, signed out elsewhere), so
 * the lock or sign-in screen shows whatever page made the call. Returns the unsubscribe.
 */
export function onSessionProblem(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Refusals that are the answer itself (a wrong password), not news about the session. */
const SIGN_IN_METHODS = new Set([
  'accounts.signIn',
  'accounts.unlock',
  'accounts.createFirstAdmin',
]);

function watchSession(transport: Transport): Transport {
  return async (name, input) => {
    const result = await transport(name, input);
    if (
      !result.ok &&
      (result.error.code === 'locked' || result.error.code === 'unauthorized') &&
      !SIGN_IN_METHODS.has(name)
    ) {
      for (const listener of sessionListeners) listener(result.error);
    }
    return result;
  };
}

/** The one client every page uses; which transport carries the calls is decided here only. */
export const api: ApiClient = createClient(
  watchSession(window.tandem ? ipcTransport(window.tandem) : httpTransport),
);

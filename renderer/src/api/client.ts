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

/** The one client every page uses; which transport carries the calls is decided here only. */
export const api: ApiClient = createClient(
  window.tandem ? ipcTransport(window.tandem) : httpTransport,
);

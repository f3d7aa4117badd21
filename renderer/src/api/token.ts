const TOKEN_KEY = 'tandem.hostToken';

/**
 * The local host hands the page a per-run token in the URL (`?token=...`). Keep it for this
 * tab only and take it out of the address bar, so it is not bookmarked, shared or shown.
 * Must run before the router reads the URL.
 */
export function captureHostToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage can be disabled; the token then lives only in memory for this page.
    memoryToken = token;
  }
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

let memoryToken: string | null = null;

export function hostToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

/**
 * The security-relevant choices of the Electron shell, as plain data and pure functions.
 *
 * Nothing here imports Electron at run time (type-only imports are erased), so the unit tests
 * can check every setting in plain Node without an Electron binary.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { SettingsShape } from './core/settings';

/** The custom scheme the renderer is served from in the app (never `file:`). */
export const APP_SCHEME = 'tandem';
export const APP_HOST = 'app';
/** Where the window starts; the renderer uses hash routing, so this is the only document. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`. `standard` gives the scheme an origin
 * and relative URL resolution, `secure` makes it a secure context. Deliberately left out:
 * `bypassCSP` (the CSP must apply), `corsEnabled` (nothing from another origin may read it),
 * `allowServiceWorkers` and `stream` (not needed).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

export const MIN_WINDOW_WIDTH = 1024;
export const MIN_WINDOW_HEIGHT = 640;
export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 800;

/**
 * The Content-Security-Policy sent with every document and asset the app serves. Everything is
 * same-origin: no inline script or style, no eval, no remote host, no frames, no plugins.
 * React sets `style={{…}}` through the CSSOM, which `style-src 'self'` does not block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy for the Vite dev server only (never packaged): Vite injects an inline React-refresh
 * preamble and `<style>` tags, and talks to its server over a WebSocket for hot reload.
 */
export function developmentContentSecurityPolicy(devServerUrl: URL): string {
  const ws = `${devServerUrl.protocol === 'https:' ? 'wss' : 'ws'}://${devServerUrl.host}`;
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${ws}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers sent with every response of the app protocol. */
export function responseSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/**
 * `VITE_DEV_SERVER_URL`, accepted only when it is http(s) on this machine: a development
 * shortcut must never become a way to load a remote page with the preload attached.
 */
export function parseDevServerUrl(value: string | undefined): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!loopback.includes(url.hostname) || url.username || url.password) return null;
  return url;
}

function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Same scheme, host and port as the dev server (the path may differ). */
function isDevServerUrl(url: URL, devServerUrl: URL | null | undefined): boolean {
  return (
    devServerUrl != null &&
    url.protocol === devServerUrl.protocol &&
    url.host === devServerUrl.host &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * Whether a window may navigate (or be redirected) to `target`: only within the app's own
 * origin, or the dev server when one was given in development. Everything else — remote sites,
 * `file:`, `data:`, `javascript:` — is refused.
 */
export function isAllowedNavigation(target: string, devServerUrl?: URL | null): boolean {
  const url = parse(target);
  if (!url) return false;
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl);
}

/** Whether an IPC message comes from a frame showing the app itself (checked on every call). */
export function isTrustedSender(
  frameUrl: string | null | undefined,
  devServerUrl?: URL | null,
): boolean {
  if (!frameUrl) return false;
  return isAllowedNavigation(frameUrl, devServerUrl);
}

/** The answer to every permission request and check: Tandem needs none of them. */
export const PERMISSION_GRANTED = false;

export function answerPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(PERMISSION_GRANTED);
}

export function answerPermissionCheck(): boolean {
  return PERMISSION_GRANTED;
}

/**
 * The file under `rootDir` that an app URL names, or null when the URL is not the app's, is
 * malformed, or would leave `rootDir` (`..`, encoded separators, absolute paths, NUL bytes).
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): string | null {
  const url = parse(requestUrl);
  if (!url || !isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  const inside = relative(root, file);
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return null;
  return file;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeTypeFor(file: string): string {
  const dot = file.lastIndexOf('.');
  const ext = dot >= 0 ? file.slice(dot).toLowerCase() : '';
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}

export type SavedBounds = NonNullable<SettingsShape['windowBounds']>;

/**
 * Restores the saved window size and position when they still fit the screens attached now
 * (a laptop undocked from a second monitor must not open the window off-screen).
 */
export function fitBounds(
  saved: SavedBounds | undefined,
  workAreas: readonly Rectangle[],
): { x?: number; y?: number; width: number; height: number } {
  const largest = workAreas.reduce<Rectangle | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  const clampWidth = (w: number) =>
    Math.max(MIN_WINDOW_WIDTH, Math.min(Math.round(w), largest?.width ?? w));
  const clampHeight = (h: number) =>
    Math.max(MIN_WINDOW_HEIGHT, Math.min(Math.round(h), largest?.height ?? h));
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

  if (!saved || !valid(saved.width) || !valid(saved.height)) {
    return { width: clampWidth(DEFAULT_WINDOW_WIDTH), height: clampHeight(DEFAULT_WINDOW_HEIGHT) };
  }
  const width = clampWidth(saved.width);
  const height = clampHeight(saved.height);
  if (!valid(saved.x) || !valid(saved.y)) return { width, height };
  const { x, y } = saved;
  // The title bar (top 40 px, at least 100 px of it) must be on some screen to drag the window.
  const titleBarVisible = workAreas.some(
    (area) =>
      x + 100 <= area.x + area.width &&
      x + width - 100 >= area.x &&
      y >= area.y &&
      y + 40 <= area.y + area.height,
  );
  return titleBarVisible
    ? { x: Math.round(x), y: Math.round(y), width, height }
    : { width, height };
}

/**
 * The one BrowserWindow's options. The renderer gets no Node, runs sandboxed in an isolated
 * world, and reaches the back end only through the preload's `window.tandem.call`.
 */
export function createWindowOptions(options: {
  preload: string;
  bounds: { x?: number; y?: number; width: number; height: number };
  devTools: boolean;
}): BrowserWindowConstructorOptions & {
  webPreferences: NonNullable<BrowserWindowConstructorOptions['webPreferences']>;
} {
  return {
    ...options.bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Tandem',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Off: on Linux/Windows Chromium would download Hunspell dictionaries from Google (this
      // app is offline), and staff names and ward codes would be underlined as misspelt.
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}

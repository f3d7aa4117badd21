import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/result';
import { handlers } from '../core/api/handlers';
import { createRouter, type Router } from '../core/api/router';
import { createContext, type AppContext } from '../core/context';
import type { Actor, Clock } from '../core/db/write';
import { openFacility, restoreLastFacility } from '../core/facility/service';
import { lazyChromiumPrinter } from '../core/printing/lazy';
import { startDailyBackup } from '../core/backup/daily';
import { confSettings } from '../core/settings';
import { CONTENT_SECURITY_POLICY } from '../window-options';
import { readStaticFile } from './static';

export interface HostOptions {
  userDataDir: string;
  /** The built renderer (`dist/renderer`). */
  staticDir: string;
  port?: number;
  host?: string;
  /** A facility database to open; otherwise the one used last, or the first-run screen. */
  dbPath?: string;
  actor?: Actor;
  clock?: Clock;
}

export interface RunningHost {
  url: string;
  token: string;
  port: number;
  ctx: AppContext;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 210 * 1024 * 1024;

/** Loopback only: 127.0.0.0/8 and ::1. The host is a window onto this workstation, never a server. */
export function isLoopback(host: string): boolean {
  return /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/**
 * Serves the renderer and the API on a loopback address with a random per-run token, so the
 * real UI runs in a browser where Electron cannot (end-to-end tests, `npm run browser`).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) {
    throw new Error(
      `The local host only listens on this workstation (127.0.0.1 or ::1), not on ${host}.`,
    );
  }
  const ctx = createContext({
    settings: confSettings(options.userDataDir),
    userDataDir: options.userDataDir,
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    // The same system Chromium as the tests, started on the first print.
    printer: lazyChromiumPrinter,
  });
  if (options.dbPath) openFacility(ctx, options.dbPath);
  else restoreLastFacility(ctx);
  startDailyBackup(ctx);

  const token = randomBytes(32).toString('base64url');
  const router = createRouter(handlers, ctx);
  const server = createServer((req, res) => {
    handle(req, res, { router, token, staticDir: options.staticDir }).catch((error: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : 'error');
    });
  });
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const origin = host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    port,
    ctx,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          ctx.db?.close();
          ctx.db = null;
          void ctx.closePrinter().finally(done);
        });
      }),
  };
}

interface HandleOptions {
  router: Router;
  token: string;
  staticDir: string;
}

async function handle(req: IncomingMessage, res: ServerResponse, o: HandleOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!isLoopbackHostHeader(req.headers.host)) {
    // A page on another site that resolves its name to 127.0.0.1 (DNS rebinding) gets nothing.
    return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
  }
  if (url.pathname === '/api/call') {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    if (!hasToken(req, o.token)) {
      return sendJson(res, 401, {
        ok: false,
        error: { code: 'unauthorized', message: 'Missing or wrong token.' },
      });
    }
    const body = await readJson(req);
    if (!body.ok) return sendJson(res, 400, body);
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
      return sendJson(res, 400, {
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'The request body must be a JSON object with the method name and its input.',
        },
      });
    }
    const { name, input } = body.value as { name?: unknown; input?: unknown };
    if (typeof name !== 'string') {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'The request names no method.' },
      });
    }
    return sendJson(res, 200, await o.router(name, input));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  const file = await readStaticFile(o.staticDir, url.pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  return send(res, 200, file.contentType, file.body);
}

function isLoopbackHostHeader(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || isLoopback(host);
}

function hasToken(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer /, ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readJson(req: IncomingMessage): Promise<Result<unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      return { ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return {
      ok: false,
      error: { code: 'invalid_input', message: 'The request body is not JSON.' },
    };
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
}

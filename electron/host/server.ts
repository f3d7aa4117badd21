import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/result';
import type { Actor, Clock } from '../core/db/write';
import { coreWorkerEntry, DEMO_ROSTER } from '../core/worker/bundle';
import { startCoreWorker, type CoreClient } from '../core/worker/client';
import { CONTENT_SECURITY_POLICY } from '../window-options';
import { handleJobRequest } from './jobs';
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
  /**
   * A clock of the caller's own (tests that move the calendar). The core runs in a worker
   * thread, where a function cannot go: the host reads this clock when it starts the core and
   * when each call arrives, and the core uses that reading for the whole call (and for work it
   * does in the background afterwards, such as a batch of prints, until the next call).
   */
  clock?: Clock;
  /** Take the daily backup at start when due (default true, as `npm run browser` does). */
  dailyBackup?: boolean;
}

export interface RunningHost {
  url: string;
  token: string;
  port: number;
  /** The core in its worker thread (calls, running jobs, cancel). */
  core: CoreClient;
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
  // The database and services run in a worker thread: this thread only serves files and
  // passes calls on, so the page keeps answering while an import or export runs.
  const clock = options.clock;
  const core = await startCoreWorker({
    entry: await coreWorkerEntry(),
    userDataDir: options.userDataDir,
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    ...(clock ? { now: clock.now().toISOString() } : {}),
    demoRosterPath: DEMO_ROSTER,
    // The same system Chromium as the tests, started in the worker on the first print.
    printer: 'chromium',
    dailyBackup: options.dailyBackup ?? true,
  });
  if (options.dbPath && core.startError) {
    await core.close();
    throw new Error(core.startError);
  }
  const now = () => clock?.now().toISOString();

  const token = randomBytes(32).toString('base64url');
  const server = createServer((req, res) => {
    handle(req, res, { now, core, token, staticDir: options.staticDir }).catch((error: unknown) => {
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
    core,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => void core.close().finally(done));
      }),
  };
}

interface HandleOptions {
  /** The caller's clock reading to send with a call, when the host was given a clock. */
  now: () => string | undefined;
  core: CoreClient;
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
    // The body goes to the worker as bytes: parsing and checking a 40 MB roster upload there
    // keeps this thread free to serve the page and the progress overlay meanwhile.
    const body = await readBody(req);
    if (!body) {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'The request is too large.' },
      });
    }
    const answer = await o.core.callHttp(body, o.now());
    return send(
      res,
      answer.status,
      'application/json; charset=utf-8',
      Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength),
    );
  }
  if (url.pathname.startsWith('/api/')) {
    if (!hasToken(req, o.token)) {
      return sendJson(res, 401, {
        ok: false,
        error: { code: 'unauthorized', message: 'Missing or wrong token.' },
      });
    }
    const answer = await handleJobRequest(req.method ?? 'GET', url.pathname, o.core, () =>
      readJson(req),
    );
    return answer
      ? sendJson(res, answer.status, answer.body)
      : send(res, 404, 'text/plain; charset=utf-8', 'Not found');
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

/**
 * The request body in one buffer of its own (movable to the worker), or null past the limit.
 * With a Content-Length (browsers send one), each chunk is copied in as it arrives, so a large
 * upload is never copied in one go on this thread.
 */
async function readBody(req: IncomingMessage): Promise<Uint8Array | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isSafeInteger(declared) && declared >= 0) {
    if (declared > MAX_BODY_BYTES) return null;
    const body = new Uint8Array(declared);
    let at = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      if (at + chunk.length > declared) return null;
      body.set(chunk, at);
      at += chunk.length;
    }
    return at === declared ? body : body.slice(0, at);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
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

import { TandemError, type Result } from '../../../shared/result';
import { handlers } from '../api/handlers';
import { createRouter, type Router } from '../api/router';
import { startDailyBackup } from '../backup/daily';
import { createContext, type AppContext } from '../context';
import { systemClock, type Clock } from '../db/write';
import { openFacility, restoreLastFacility } from '../facility/service';
import { runAsJob, type JobReporter } from '../jobs/progress';
import { lazyChromiumPrinter } from '../printing/lazy';
import type { PdfPrinter, PrintJob } from '../printing/printer';
import { confSettings } from '../settings';
import { CANCEL_SLOT, type CoreInit, type FromCore, type ToCore } from './protocol';

const PROGRESS_INTERVAL_MS = 50;

/** The two ends a transport gives the serving loop (worker_threads' parentPort here). */
export interface CorePort {
  post(message: FromCore, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (message: ToCore) => void): void;
}

/**
 * The core's side of the protocol: builds the context on `init`, answers each `call` through
 * the same router as before, reports a job's progress as it goes, and closes the database on
 * `close`. The same code serves the local host's worker and the Electron app's (which runs
 * this worker inside its utility process).
 */
export function serveCore(port: CorePort): void {
  let ctx: AppContext | null = null;
  let router: Router | null = null;
  let cancel: Int32Array | null = null;
  /** The clock's reading for the current call, when the parent runs on a clock of its own. */
  let forwardedNow: Date | null = null;
  const prints = new Map<number, { resolve(pdf: Uint8Array): void; reject(e: Error): void }>();
  let nextPrint = 1;

  const remotePrinter = (): PdfPrinter => ({
    print: (job: PrintJob) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextPrint++;
        prints.set(id, { resolve, reject });
        port.post({ type: 'print', id, job });
      }),
    close: async () => {},
  });

  const init = (options: CoreInit): string | null => {
    cancel = new Int32Array(options.cancelFlag);
    if (options.now) forwardedNow = new Date(options.now);
    const clock: Clock = options.now
      ? { now: () => new Date(forwardedNow ?? Date.now()) }
      : systemClock;
    const printer =
      options.printer === 'chromium'
        ? lazyChromiumPrinter
        : options.printer === 'parent'
          ? remotePrinter
          : undefined;
    const context = createContext({
      settings: confSettings(options.userDataDir),
      userDataDir: options.userDataDir,
      clock,
      ...(options.actor ? { actor: options.actor } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.demoRosterPath ? { demoRosterPath: options.demoRosterPath } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(printer ? { printer } : {}),
    });
    ctx = context;
    router = createRouter(handlers, context);
    let startError: string | null = null;
    try {
      if (options.dbPath) openFacility(context, options.dbPath);
      else restoreLastFacility(context);
    } catch (error) {
      startError = error instanceof Error ? error.message : String(error);
    }
    if (options.dailyBackup) startDailyBackup(context);
    return startError;
  };

  const call = async (id: number, name: string, input: unknown): Promise<Result<unknown>> => {
    if (!router || !cancel) {
      return { ok: false, error: { code: 'internal', message: 'The core has not started.' } };
    }
    const flag = cancel;
    // A service may report every row: one message per 50 ms is plenty for a progress bar.
    let lastPosted = 0;
    const reporter: JobReporter = {
      progress: (done, total, label) => {
        const now = performance.now();
        if (done < total && now - lastPosted < PROGRESS_INTERVAL_MS) return;
        lastPosted = now;
        port.post({ type: 'progress', id, method: name, done, total, label });
      },
      cancelRequested: () => Atomics.load(flag, CANCEL_SLOT) === id,
    };
    return runAsJob(reporter, () => (router as Router)(name, input));
  };

  /** The local host's `POST /api/call`, from the body's bytes to a status and a Result. */
  const answerHttp = async (
    id: number,
    bytes: Uint8Array,
  ): Promise<{ status: number; body: Result<unknown> }> => {
    const invalid = (message: string) => ({
      status: 400,
      body: { ok: false as const, error: { code: 'invalid_input' as const, message } },
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      );
    } catch {
      return invalid('The request body is not JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return invalid('The request body must be a JSON object with the method name and its input.');
    }
    const { name, input } = parsed as { name?: unknown; input?: unknown };
    if (typeof name !== 'string') return invalid('The request names no method.');
    const result = await call(id, name, input).catch((error: unknown): Result<unknown> => ({
      ok: false,
      error: { code: 'internal', message: `Something went wrong: ${String(error)}` },
    }));
    return { status: 200, body: result };
  };

  port.onMessage((message) => {
    switch (message.type) {
      case 'init': {
        port.post({ type: 'ready', startError: init(message.init) });
        return;
      }
      case 'call': {
        if (message.now) forwardedNow = new Date(message.now);
        call(message.id, message.name, message.input)
          .catch((error: unknown): Result<unknown> => ({
            ok: false,
            error:
              error instanceof TandemError
                ? error.toApiError()
                : { code: 'internal', message: `Something went wrong: ${String(error)}` },
          }))
          .then((result) => port.post({ type: 'result', id: message.id, result }));
        return;
      }
      case 'http': {
        if (message.now) forwardedNow = new Date(message.now);
        void answerHttp(message.id, message.body).then(({ status, body }) => {
          const bytes = Buffer.from(JSON.stringify(body));
          // A copy of its own, so moving it never takes Node's shared small-buffer pool along.
          const owned = new Uint8Array(bytes);
          port.post({ type: 'http-result', id: message.id, status, body: owned }, [owned.buffer]);
        });
        return;
      }
      case 'print-result': {
        const waiting = prints.get(message.id);
        prints.delete(message.id);
        if (message.pdf) waiting?.resolve(message.pdf);
        else waiting?.reject(new Error(message.error ?? 'printing failed'));
        return;
      }
      case 'close': {
        const context = ctx;
        ctx = null;
        router = null;
        try {
          context?.db?.close();
        } catch {
          // Closing anyway; SQLite recovers from the WAL on the next open.
        }
        if (context) context.db = null;
        void (context?.closePrinter() ?? Promise.resolve())
          .catch(() => {})
          .finally(() => port.post({ type: 'closed' }));
        return;
      }
    }
  });
}

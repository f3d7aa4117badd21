import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchJob, PrintedFile, PrintSettings } from '../../../shared/domain/printing';
import type { AppContext } from '../../../electron/core/context';
import { batchFinished } from '../../../electron/core/printing/batch';
import { chromiumPrinter } from '../../../electron/core/printing/chromium-printer';
import { defaultPaperSize } from '../../../electron/core/printing/settings';
import { addStaff } from '../../helpers/cohort';
import { tempDir } from '../../helpers/db';
import { addPairing, appContext, facilityWithPairing } from '../reports/fixture';
import { flat, pdfInfo, pdfPages } from './pdf-tools';
import { signedInRouter } from '../../helpers/accounts';

const printer = chromiumPrinter();
afterAll(() => printer.close());

async function call<T>(app: AppContext, name: string, input: unknown): Promise<T> {
  const result = await signedInRouter(app)(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

async function refusal(app: AppContext, name: string, input: unknown) {
  const result = await signedInRouter(app)(name, input);
  if (result.ok) throw new Error(`${name} was not refused`);
  return result.error;
}

/** A facility with three pairings in RES-2026-SPR, and the app over it printing to a temp folder. */
function threePairings() {
  const f = facilityWithPairing();
  for (const [mentee, mentor] of [
    ['Cara-Diaz', 'Dev-Patel'],
    ['Eli-Fox', 'Gus-Hale'],
  ] as const) {
    addPairing(f.ctx, f.cohort.id, addStaff(f.ctx, mentor).id, addStaff(f.ctx, mentee).id);
  }
  return { ...f, app: appContext(f.ctx, () => printer) };
}

describe('print settings', () => {
  it('default to Letter in the United States and A4 elsewhere, and the Printed folder', async () => {
    expect(defaultPaperSize('en-US')).toBe('letter');
    expect(defaultPaperSize('en-GB')).toBe('a4');
    expect(defaultPaperSize('fr-FR')).toBe('a4');
    const f = facilityWithPairing({ quiet: true });
    const app = appContext(f.ctx, () => printer, 'en-US');
    app.settings.set('printing', undefined);
    const settings = await call<PrintSettings>(app, 'printing.settings', {});
    expect(settings).toEqual({
      paperSize: 'letter',
      outputFolder: join(app.userDataDir, 'Printed'),
    });
    const changed = await call<PrintSettings>(app, 'printing.updateSettings', { paperSize: 'a4' });
    expect(changed.paperSize).toBe('a4');
    expect(app.settings.get('printing')).toEqual({ paperSize: 'a4' });
    const bad = await refusal(app, 'printing.updateSettings', { paperSize: 'a3' });
    expect(bad.details?.problems?.[0]?.field).toBe('paperSize');
    const relative = await refusal(app, 'printing.updateSettings', { outputFolder: 'Packets' });
    expect(relative.details?.problems?.[0]?.field).toBe('outputFolder');
    const folder = join(tempDir(), 'Packets');
    expect(
      (await call<PrintSettings>(app, 'printing.updateSettings', { outputFolder: folder }))
        .outputFolder,
    ).toBe(folder);
  });
});

describe('printing.print', () => {
  it('writes the PDF under a readable name in the output folder, with its page count', async () => {
    const f = threePairings();
    const file = await call<PrintedFile>(f.app, 'printing.print', {
      kind: 'packet',
      pairingId: f.pairing.id,
      quarter: '2026-Q3',
    });
    expect(basename(file.path)).toBe('Packet 2026-Q3 RES-2026-SPR Ben Ode and Ana Ruiz.pdf');
    expect(file.pages).toBe(pdfInfo(file.path).pages);
    expect(file.bytes).toBeGreaterThan(10_000);
    // Nothing half-written is left beside it.
    expect(readdirSync(join(file.path, '..'))).toEqual([basename(file.path)]);
  });

  it('prints a cohort as one PDF in which each packet keeps its own page numbers', async () => {
    const f = threePairings();
    const file = await call<PrintedFile>(f.app, 'printing.print', {
      kind: 'cohortPacket',
      cohortId: f.cohort.id,
      quarter: '2026-Q4',
    });
    expect(basename(file.path)).toBe('Packets 2026-Q4 RES-2026-SPR (3 pairings).pdf');
    const pages = pdfPages(file.path);
    expect(pages[0]).toMatch(/Page 1 of 1\s*$/);
    const firstPages = pages.filter((p) => /Page 1 of \d+\s*$/.test(p));
    expect(firstPages).toHaveLength(4);
    expect(flat(pages.join(' '))).toMatch(
      /Contents # Mentee Mentor Status Pairing reference 1 Ben Ode Ana Ruiz Active/,
    );
  });

  it('refuses bad requests naming the field, writing nothing', async () => {
    const f = threePairings();
    const folder = f.app.settings.get('printing')?.outputFolder ?? '';
    const cases: [unknown, string][] = [
      [{ kind: 'packet', pairingId: 999, quarter: '2026-Q3' }, 'pairingId'],
      [{ kind: 'packet', pairingId: f.pairing.id, quarter: '2026-Q5' }, 'quarter'],
      [{ kind: 'cohortPacket', cohortId: 999, quarter: '2026-Q3' }, 'cohortId'],
      [{ kind: 'cohortPacket', cohortId: f.cohort.id, quarter: '2025-Q4' }, 'cohortId'],
      [{ kind: 'blankForm', formVersionId: 999 }, 'formVersionId'],
      [{ kind: 'pairingCertificate', pairingId: f.pairing.id }, 'pairingId'],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(f.app, 'printing.print', input);
      expect(error.details?.problems?.[0]?.field, JSON.stringify(input)).toBe(field);
    }
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  });

  it('refuses an output folder it cannot write, before printing', async () => {
    const f = threePairings();
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    f.app.settings.set('printing', { outputFolder: join(blocker, 'Printed') });
    const error = await refusal(f.app, 'printing.print', {
      kind: 'packet',
      pairingId: f.pairing.id,
      quarter: '2026-Q3',
    });
    expect(error.details?.problems?.[0]?.field).toBe('outputFolder');
    expect(error.message).toContain('cannot write PDFs to');
  });

  it('previews the same document it prints', async () => {
    const f = threePairings();
    const doc = await call<{ kind: string; header: { title: string } }>(f.app, 'printing.preview', {
      kind: 'packet',
      pairingId: f.pairing.id,
      quarter: '2026-Q3',
    });
    expect(doc.kind).toBe('packet');
    expect(doc.header.title).toContain('Ben Ode (mentee)');
  });
});

describe('a batch of packets', () => {
  it('writes one PDF per pairing in a folder for the cohort and quarter, then the combined PDF', async () => {
    const f = threePairings();
    const started = await call<BatchJob>(f.app, 'printing.startBatch', {
      cohortId: f.cohort.id,
      quarter: '2026-Q4',
    });
    expect(started).toMatchObject({
      state: 'running',
      done: 0,
      total: 3,
      cohortCode: 'RES-2026-SPR',
      quarter: '2026-Q4',
    });
    expect(basename(started.folder)).toBe('Packets RES-2026-SPR 2026-Q4');
    const job = await batchFinished(f.app, started.id);
    expect(job).toMatchObject({ state: 'done', done: 3, total: 3, error: null });
    expect(job.files.map((p) => basename(p))).toEqual([
      'Packet 2026-Q4 RES-2026-SPR Ben Ode and Ana Ruiz.pdf',
      'Packet 2026-Q4 RES-2026-SPR Cara Diaz and Dev Patel.pdf',
      'Packet 2026-Q4 RES-2026-SPR Eli Fox and Gus Hale.pdf',
    ]);
    expect(basename(job.combinedPath ?? '')).toBe('All packets 2026-Q4 RES-2026-SPR.pdf');
    const parts = job.files.map((p) => pdfInfo(p).pages);
    expect(pdfInfo(job.combinedPath ?? '').pages).toBe(1 + parts.reduce((a, b) => a + b, 0));
    expect(readdirSync(job.folder).sort()).toEqual(
      [...job.files.map((p) => basename(p)), 'All packets 2026-Q4 RES-2026-SPR.pdf'].sort(),
    );
    const status = await call<BatchJob>(f.app, 'printing.batchStatus', { jobId: started.id });
    expect(status).toEqual(job);
  });

  it('stops after the current packet when cancelled, leaving no combined file', async () => {
    const f = threePairings();
    const started = await call<BatchJob>(f.app, 'printing.startBatch', {
      cohortId: f.cohort.id,
      quarter: '2026-Q4',
    });
    const cancelled = await call<BatchJob>(f.app, 'printing.cancelBatch', { jobId: started.id });
    expect(cancelled.id).toBe(started.id);
    const job = await batchFinished(f.app, started.id);
    expect(job.state).toBe('cancelled');
    expect(job.done).toBeLessThan(3);
    expect(job.combinedPath).toBeNull();
    expect(readdirSync(job.folder).sort()).toEqual(job.files.map((p) => basename(p)).sort());
  });

  it('is refused for a cohort with no pairings in the quarter and for an unknown job', async () => {
    const f = threePairings();
    const none = await refusal(f.app, 'printing.startBatch', {
      cohortId: f.cohort.id,
      quarter: '2026-Q1',
    });
    expect(none.details?.problems?.[0]?.field).toBe('cohortId');
    expect(none.message).toContain('RES-2026-SPR');
    const unknown = await refusal(f.app, 'printing.batchStatus', { jobId: 'nope' });
    expect(unknown.details?.problems?.[0]?.field).toBe('jobId');
  });

  it('reports a failure, keeping the packets already written and nothing half-written', async () => {
    const f = threePairings();
    let jobs = 0;
    // The real printer, made to fail on the third document (the cover is the first).
    f.app.printer = () => ({
      print: (job) =>
        ++jobs === 3
          ? Promise.reject(new Error('the printer ran out of paper'))
          : printer.print(job),
      close: async () => undefined,
    });
    const started = await call<BatchJob>(f.app, 'printing.startBatch', {
      cohortId: f.cohort.id,
      quarter: '2026-Q4',
    });
    const job = await batchFinished(f.app, started.id);
    expect(job).toMatchObject({
      state: 'failed',
      done: 1,
      error: 'the printer ran out of paper',
      combinedPath: null,
    });
    expect(readdirSync(job.folder)).toEqual([
      'Packet 2026-Q4 RES-2026-SPR Ben Ode and Ana Ruiz.pdf',
    ]);
  });
});

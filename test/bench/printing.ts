/**
 * Printing throughput (a script, not a test): npx tsx test/bench/printing.ts
 * Builds a facility with 100 pairings (goals with progress, a quarter of weekly meetings with
 * action items, quarterly evaluations with comments from both sides), then prints the cohort's
 * 2026-Q3 packets as the app's batch does (warm printer, one PDF per pairing, the cover and the
 * combined PDF) and, for the ceiling, the same 100 HTML documents straight through one
 * playwright-core page (setContent + pdf). Prints pages per second for both; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { programInput } from '../../shared/domain/programs';
import { goalInput } from '../../shared/domain/goals';
import { meetingFields } from '../../shared/domain/meetings';
import { responseInput } from '../../shared/domain/evaluations';
import { parseQuarter } from '../../shared/periods';
import { createCohort } from '../../electron/core/cohorts/service';
import { createContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import type { WriteContext } from '../../electron/core/db/write';
import { STARTER_FORM_IDS } from '../../electron/core/db/migrations/007-evaluations';
import { latestVersion } from '../../electron/core/evaluations/form-rows';
import { submitResponse } from '../../electron/core/evaluations/responses';
import { createGoal } from '../../electron/core/goals/service';
import { recordProgress } from '../../electron/core/goals/progress';
import { logMeeting } from '../../electron/core/meetings/service';
import { acceptProposals, assignMentee } from '../../electron/core/pairings/proposals';
import { createProgram } from '../../electron/core/programs/service';
import { printBatchInto } from '../../electron/core/printing/batch';
import { chromiumPath, chromiumPrinter } from '../../electron/core/printing/chromium-printer';
import { printJob } from '../../electron/core/printing/html';
import { PAGE_FORMAT, PAGE_MARGINS_IN } from '../../electron/core/printing/printer';
import { cohortPairingsFor, packetOf } from '../../electron/core/reports/packet';
import { memorySettings } from '../../electron/core/settings';
import { addStaff, enrolMentee, enrolMentor } from '../helpers/cohort';

const PAIRINGS = 100;
const QUARTER = '2026-Q3';
const ROUNDS = 2;
const MEETING_DAYS = [
  '07-02',
  '07-09',
  '07-16',
  '07-23',
  '08-06',
  '08-13',
  '08-20',
  '09-03',
  '09-10',
  '09-17',
];

function clockAt(day: string) {
  let now = new Date(`${day}T09:00:00.000Z`);
  return { now: () => new Date(now), set: (d: string) => (now = new Date(`${d}T09:00:00.000Z`)) };
}

const comment = (who: string, i: number) =>
  `${who} ${i}: this quarter we worked through handover, charting and two difficult family conversations. ` +
  'The night shifts were hard at first; by September the assignment felt manageable and feedback came after most shifts.';

function buildFacility(path: string) {
  const clock = clockAt('2026-04-01');
  const ctx: WriteContext = {
    db: openDatabase(path, { create: true }),
    actor: { name: 'bench@workstation' },
    clock,
  };
  ctx.db
    .prepare("INSERT INTO facility (id, name, created_at) VALUES (1, 'Bench General Hospital', ?)")
    .run(new Date().toISOString());
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({ ...template, matching: { ...template.matching, requireTraining: false } }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: 'BENCH-2026',
    name: 'Bench residency',
    startDate: '2026-04-01',
    endDate: null,
  });
  const pairings: { id: number; mentor: number; mentee: number }[] = [];
  for (let i = 0; i < PAIRINGS; i++) {
    const mentor = addStaff(ctx, `Mentor${i}-Smith${i}`, { yearsExperience: 10 });
    const mentee = addStaff(ctx, `Mentee${i}-Jones${i}`, { yearsExperience: 0 });
    const proposal = assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: enrolMentee(ctx, cohort.id, mentee.id).id,
      mentorEnrolmentId: enrolMentor(ctx, cohort.id, mentor.id, 1).id,
    });
    const pairing = acceptProposals(ctx, [proposal.id])[0];
    if (!pairing) throw new Error('pairing not accepted');
    pairings.push({ id: pairing.id, mentor: mentor.id, mentee: mentee.id });
  }
  const goals = pairings.map((p) =>
    [1, 2, 3].map((n) =>
      createGoal(
        ctx,
        goalInput.parse({
          pairingId: p.id,
          title: [
            'Insert peripheral IVs independently',
            'Recognise sepsis without prompting',
            'Reduce charting errors',
          ][n - 1],
          metric: 'Observed successes',
          unit: 'times',
          baseline: 0,
          target: 10,
          startDate: '2026-04-01',
          dueDate: '2026-12-31',
          milestones: [{ title: 'Halfway', dueDate: '2026-08-31' }],
        }),
      ),
    ),
  );
  clock.set('2026-10-15');
  const version = (id: number) => latestVersion(ctx.db, id).id;
  pairings.forEach((p, i) => {
    goals[i]?.forEach((g, n) => {
      recordProgress(ctx, { goalId: g.id, date: '2026-07-15', value: 2 + n, note: '' });
      recordProgress(ctx, { goalId: g.id, date: '2026-09-15', value: 4 + n + (i % 4), note: '' });
    });
    for (const day of MEETING_DAYS) {
      logMeeting(ctx, {
        pairingId: p.id,
        ...meetingFields.parse({
          date: `2026-${day}`,
          durationMinutes: 45,
          mode: 'in_person',
          topics: ['Handover (SBAR)', 'Charting in the EHR'],
          actionItems: [
            {
              description: 'Shadow the charge nurse for one shift',
              owner: 'mentee',
              dueDate: '2026-10-10',
            },
          ],
        }),
      });
    }
    for (const [period, day, level] of [
      ['2026-Q2', '2026-06-25', 3],
      ['2026-Q3', '2026-09-25', 4],
    ] as const) {
      submitResponse(
        ctx,
        responseInput.parse({
          formVersionId: version(STARTER_FORM_IDS.menteeQuarterly),
          pairingId: p.id,
          period,
          respondentStaffId: p.mentee,
          source: 'paper',
          paperDate: day,
          answers: [
            ...[
              'support_1',
              'support_2',
              'confidence_1',
              'skills_1',
              'communication_1',
              'workload_1',
            ].map((key) => ({ key, value: level })),
            { key: 'met_as_planned', value: 1 },
            { key: 'overall', value: level * 2 },
            { key: 'comments', value: comment('Mentee', i) },
          ],
        }),
      );
      submitResponse(
        ctx,
        responseInput.parse({
          formVersionId: version(STARTER_FORM_IDS.mentorQuarterly),
          pairingId: p.id,
          period,
          respondentStaffId: p.mentor,
          source: 'paper',
          paperDate: day,
          answers: [
            ...['skills', 'judgement', 'organisation', 'communication', 'feedback'].map((key) => ({
              key,
              value: level,
            })),
            { key: 'readiness', value: 'On track' },
            { key: 'overall', value: level * 2 },
            { key: 'comments', value: comment('Mentor', i) },
          ],
        }),
      );
    }
  });
  return { ctx, cohortId: cohort.id };
}

async function pagesOf(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

export async function benchPrinting(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-print-'));
  const printer = chromiumPrinter();
  try {
    let t = performance.now();
    const { ctx: wctx, cohortId } = buildFacility(join(dir, 'facility.sqlite'));
    console.log(
      `Facility: ${PAIRINGS} pairings with goals, meetings and evaluations, built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const ctx = createContext({
      settings: memorySettings({
        printing: { paperSize: 'a4', outputFolder: join(dir, 'Printed') },
      }),
      userDataDir: dir,
      actor: wctx.actor,
      clock: wctx.clock,
      locale: 'en-GB',
      printer: () => printer,
    });
    ctx.db = wctx.db;
    const quarter = parseQuarter(QUARTER);
    if (!quarter) throw new Error('bad quarter');

    // The documents and their HTML, for the direct run (and to time the data and HTML alone).
    t = performance.now();
    const options = { today: '2026-10-15', locale: 'en-GB', paperSize: 'a4' as const };
    const docs = cohortPairingsFor(wctx.db, cohortId, quarter).map((p) =>
      packetOf(wctx.db, options, p, quarter),
    );
    const dataMs = performance.now() - t;
    t = performance.now();
    const jobs = docs.map(printJob);
    const htmlMs = performance.now() - t;
    console.log(
      `Packet data for ${docs.length} pairings: ${dataMs.toFixed(0)} ms; HTML: ${htmlMs.toFixed(0)} ms (${(jobs.reduce((n, j) => n + j.html.length, 0) / 1024).toFixed(0)} KiB)`,
    );

    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      const printDirect = async (j: (typeof jobs)[number]) => {
        await page.setContent(j.html);
        return page.pdf({
          format: PAGE_FORMAT[j.paperSize],
          displayHeaderFooter: true,
          headerTemplate: j.headerTemplate,
          footerTemplate: j.footerTemplate,
          margin: {
            top: `${PAGE_MARGINS_IN.top}in`,
            bottom: `${PAGE_MARGINS_IN.bottom}in`,
            left: `${PAGE_MARGINS_IN.left}in`,
            right: `${PAGE_MARGINS_IN.right}in`,
          },
        });
      };
      const direct = async () => {
        const start = performance.now();
        const pdfs: Uint8Array[] = [];
        for (const j of jobs) pdfs.push(await printDirect(j));
        const seconds = (performance.now() - start) / 1000;
        let pages = 0;
        for (const pdf of pdfs) pages += await pagesOf(pdf);
        return { pages, seconds };
      };
      const batch = async (round: number) => {
        const start = performance.now();
        const job = await printBatchInto(
          ctx,
          { cohortId, quarter: QUARTER },
          join(dir, `batch-${round}`),
        );
        const seconds = (performance.now() - start) / 1000;
        if (job.state !== 'done' || !job.combinedPath)
          throw new Error(`batch ${job.state}: ${job.error}`);
        return { pages: await pagesOf(readFileSync(job.combinedPath)), seconds, packets: job.done };
      };
      // Both warm, then alternated so that a busy moment on the machine does not favour one;
      // the faster of each pair of runs is reported.
      await printer.print(jobs[0] as (typeof jobs)[number]);
      await printDirect(jobs[0] as (typeof jobs)[number]);
      const runs = {
        batch: [] as { pages: number; seconds: number; packets: number }[],
        direct: [] as { pages: number; seconds: number }[],
      };
      for (let round = 0; round < ROUNDS; round += 1) {
        runs.direct.push(await direct());
        runs.batch.push(await batch(round));
      }
      const best = <T extends { seconds: number }>(xs: T[]) =>
        xs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const b = best(runs.batch);
      const d = best(runs.direct);
      const batchRate = b.pages / b.seconds;
      const directRate = d.pages / d.seconds;
      const all = (xs: { seconds: number }[]) =>
        xs.map((x) => `${x.seconds.toFixed(1)} s`).join(', ');
      console.log(
        `Batch of ${b.packets} packets (warm printer, one file each, cover, combined PDF): ${b.pages} pages in ${b.seconds.toFixed(1)} s = ${batchRate.toFixed(1)} pages/s (runs: ${all(runs.batch)})`,
      );
      console.log(
        `Chromium directly, the same ${jobs.length} HTML documents (one page, setContent + pdf): ${d.pages} pages in ${d.seconds.toFixed(1)} s = ${directRate.toFixed(1)} pages/s (runs: ${all(runs.direct)})`,
      );
      console.log(
        `The batch takes ${(directRate / batchRate).toFixed(2)}× the direct time per page (target: at least 5 pages/s and within 1.5×); load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPrinting();

/**
 * Every benchmark in one run (`npm run bench`), each beside its floor where one exists: the
 * command line's start-up, roster import and audit verify, the exact solver, the People page in
 * Chromium (it builds the renderer first), printing a cohort's packets, the outcomes dashboard
 * and export and backup on a generated 5,000-staff, ten-year facility, and how long the host's
 * main thread stalls during a 100,000-row import. Prints figures; asserts nothing.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { benchAudit } from './audit';
import { benchCli } from './cli';
import { benchExports } from './exports';
import { benchImport } from './import';
import { benchOutcomes } from './outcomes';
import { benchPeoplePage } from './people-page';
import { benchPrinting } from './printing';
import { benchSolver } from './solver';
import { benchUiResponsiveness } from './ui-responsiveness';

console.log('== Command line: start-up and match-file 8000 × 2400 ==');
benchCli();
console.log('\n== Roster import ==');
await benchImport();
console.log('\n== Audit trail ==');
await benchAudit();
console.log('\n== Assignment solver ==');
benchSolver();
console.log('\n== People page (building the renderer first) ==');
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
await benchPeoplePage();
console.log('\n== Printing quarterly packets ==');
await benchPrinting();
console.log('\n== Outcomes dashboard (generated 5,000 staff, 10 years) ==');
const generatedDir = mkdtempSync(join(tmpdir(), 'tandem-bench-generated-'));
try {
  const generated = join(generatedDir, 'generated.sqlite');
  const made = await runCli(['generate', '--db', generated, '--staff', '5000', '--years', '10']);
  if (made.code !== 0) throw new Error(made.stderr);
  await benchOutcomes(generated);
} finally {
  rmSync(generatedDir, { recursive: true, force: true });
}
console.log('\n== Export bundle and backup (generated 5,000 staff, 10 years) ==');
await benchExports();
console.log('\n== UI responsiveness during a 100,000-row import (local host, core in a worker) ==');
await benchUiResponsiveness();

// Bundles the command line (electron/cli/main.ts) into dist-cli/ with esbuild, so
// `npm run tandem` starts plain Node on compiled JavaScript instead of compiling TypeScript
// with tsx at every start. Packages stay external (node_modules is there at run time), and
// code splitting keeps dynamic imports (exceljs for XLSX, Chromium for printing) out of the
// start-up path: a command loads only what it uses.
//
// Usage: node scripts/build-cli.mjs   (scripts/tandem.mjs calls it when a source is newer)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(root, 'dist-cli');

export async function buildCli() {
  rmSync(CLI_OUT, { recursive: true, force: true });
  mkdirSync(CLI_OUT, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { tandem: 'electron/cli/main.ts' },
    outdir: CLI_OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    jsx: 'automatic',
    sourcemap: false,
    logLevel: 'warning',
  });
  // The demo reads the sample roster beside its module (import.meta.url); every chunk is here.
  copyFileSync(
    join(root, 'electron', 'core', 'demo', 'watson_healthcare_roster.csv'),
    join(CLI_OUT, 'watson_healthcare_roster.csv'),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}

// Bundles the command line (electron/cli/main.ts) into dist-cli/ with esbuild, so
// `npm run tandem` starts plain Node on compiled JavaScript instead of compiling TypeScript
// with tsx at every start. Code splitting keeps dynamic imports (exceljs for XLSX, Chromium for
// printing) out of the start-up path: a command loads only what it uses.
//
// Pure-JavaScript packages the start-up path reaches (zod, conf with ajv, csv-parse) are bundled
// in: Node loads zod 4 as ~100 small ES modules and conf as a dozen packages, which cost more
// than the rest of the start together (~0.3 s of a 0.5 s start on a quiet machine); one file each
// chunk, tree-shaken, loads in a few milliseconds. Native, huge or lazily loaded packages stay
// external (EXTERNAL), found in node_modules at run time.
//
// The build writes dist-cli/inputs.json, the sources it read, so scripts/tandem.mjs can tell
// whether the bundle is stale by looking at those files only.
//
// Usage: node scripts/build-cli.mjs   (scripts/tandem.mjs calls it when a source is newer)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(root, 'dist-cli');
/** The list of sources the bundle was built from (paths relative to the repository). */
export const CLI_INPUTS = join(CLI_OUT, 'inputs.json');
/** npm rewrites this on every install: a changed bundled package makes the bundle stale. */
export const LOCKFILE = join('node_modules', '.package-lock.json');

/**
 * Left to node_modules: native code (better-sqlite3, esbuild), Chromium's driver, and the
 * libraries only printing and spreadsheets load, on demand (bundling them would only slow the
 * build).
 */
const EXTERNAL = [
  'better-sqlite3',
  'esbuild',
  'electron',
  'exceljs',
  'playwright-core',
  'pdf-lib',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
];

export async function buildCli() {
  rmSync(CLI_OUT, { recursive: true, force: true });
  mkdirSync(CLI_OUT, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { tandem: 'electron/cli/main.ts' },
    outdir: CLI_OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS packages (ajv) call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __tandemRequire } from 'node:module'; const require = __tandemRequire(import.meta.url);",
    },
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    jsx: 'automatic',
    // Less text for V8 to read at each start (~20 ms); names are kept for readable errors.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  // The demo reads the sample roster beside its module (import.meta.url); every chunk is here.
  copyFileSync(
    join(root, 'electron', 'core', 'demo', 'watson_healthcare_roster.csv'),
    join(CLI_OUT, 'watson_healthcare_roster.csv'),
  );
  const sources = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'));
  sources.push(join('electron', 'core', 'demo', 'watson_healthcare_roster.csv'), LOCKFILE);
  writeFileSync(CLI_INPUTS, JSON.stringify(sources));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}

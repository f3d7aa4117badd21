// Bundles the Electron main process, preload and core with esbuild:
//   electron/main.ts    → dist-electron/main.cjs     (Node, CommonJS; electron and better-sqlite3 external)
//   electron/preload.ts → dist-electron/preload.cjs  (sandboxed preload: CommonJS, only 'electron')
//   electron/core/worker/utility.ts → dist-electron/core-process.cjs  (the utility process main
//                                     forks: relays to the worker below; never loads Electron)
//   electron/core/worker/thread.ts  → dist-electron/core-worker.cjs   (the database and services,
//                                     in a worker thread of the utility process)
//
// ESM-only dependencies (electron-store, conf and theirs) are bundled into main.cjs. None of them
// uses `import.meta`; if back-end code ever does, `import.meta.url` is mapped to the bundle's own
// file URL (anything else on `import.meta` fails the build instead of silently becoming {}).
//
// Usage: node scripts/build-electron.mjs
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-electron');
mkdirSync(outdir, { recursive: true });

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22+ and Chromium 130+ (lower targets are always safe).
  target: ['node22', 'chrome130'],
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

function importMetaWarnings(result) {
  return result.warnings.filter((warning) => warning.text.includes('import.meta'));
}

function fail(message) {
  console.error(`build-electron: ${message}`);
  process.exit(1);
}

try {
  const nodeBundle = (entry, file, external) =>
    build({
      ...common,
      entryPoints: [entry],
      outfile: join(outdir, file),
      external,
      define: { ...common.define, 'import.meta.url': '__tandemImportMetaUrl' },
      banner: {
        js: 'const __tandemImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
      },
    });
  const main = await nodeBundle('electron/main.ts', 'main.cjs', ['electron', 'better-sqlite3']);
  const coreProcess = await nodeBundle('electron/core/worker/utility.ts', 'core-process.cjs', []);
  // playwright-core drives the system Chromium for printing in plain Node only; the app prints
  // in its main process ('parent' printer), so the worker never loads it: left out.
  const coreWorker = await nodeBundle('electron/core/worker/thread.ts', 'core-worker.cjs', [
    'better-sqlite3',
    'playwright-core',
  ]);
  if (Object.keys(main.metafile.inputs).some((input) => input.startsWith('electron/core/api/'))) {
    fail('the main process bundles the API router: the core must run in the utility process only');
  }
  for (const [name, result] of [
    ['core-process.cjs', coreProcess],
    ['core-worker.cjs', coreWorker],
  ]) {
    const imports = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.filter((entry) => entry.external).map((entry) => entry.path),
    );
    if (imports.includes('electron')) fail(`${name} must not load Electron`);
  }
  const mainMeta = [main, coreProcess, coreWorker].flatMap(importMetaWarnings);
  if (mainMeta.length > 0) {
    fail(
      'a bundled module uses import.meta beyond import.meta.url, which CommonJS cannot provide:\n' +
        mainMeta
          .map((w) => `  ${w.location?.file ?? '?'}:${w.location?.line ?? '?'} ${w.text}`)
          .join('\n') +
        '\nBuild main as ESM (format "esm", dist-electron/main.mjs, package.json "main") instead.',
    );
  }

  const preload = await build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
    external: ['electron'],
  });
  // A sandboxed preload can require only a few built-ins; it must need nothing but 'electron'.
  const preloadImports = Object.values(preload.metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
  const unexpected = preloadImports.filter((path) => path !== 'electron');
  if (unexpected.length > 0) {
    fail(`the preload must import only 'electron' at run time, found: ${unexpected.join(', ')}`);
  }
  const preloadInputs = Object.keys(preload.metafile.inputs);
  if (preloadInputs.some((input) => input.includes('node_modules'))) {
    fail(`the preload bundles packages it should not: ${preloadInputs.join(', ')}`);
  }

  for (const result of [main, preload, coreProcess, coreWorker]) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      console.log(`  ${relative(root, join(root, file))}  ${(output.bytes / 1024).toFixed(0)} KiB`);
    }
  }
  console.log(`build-electron: done (for Electron ${electronVersion}).`);
} catch (error) {
  // esbuild has already printed the errors with their locations.
  fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
}

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is electron/core/worker/bundle.ts). */
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The sample roster the demo facility is built from, in the source tree. */
export const DEMO_ROSTER = join(root, 'electron', 'core', 'demo', 'watson_healthcare_roster.csv');

const PREFIX = 'tandem-core-worker-';
let built: Promise<string> | null = null;

/**
 * The worker entry as JavaScript, for plain Node (the local host, its tests, `npm run browser`):
 * a worker thread cannot load TypeScript the way vitest, Playwright or tsx load the host, so
 * esbuild bundles electron/core/worker/thread.ts once per process into a folder under
 * node_modules/.cache (a few hundred milliseconds; packages stay external and load from
 * node_modules above it). One folder per process, removed at exit, so parallel test workers
 * never overwrite each other's bundle.
 */
export function coreWorkerEntry(): Promise<string> {
  built ??= bundle().catch((error: unknown) => {
    built = null;
    throw error;
  });
  return built;
}

async function bundle(): Promise<string> {
  // esbuild is a development dependency: loaded only here, never by the packaged app.
  const { build } = await import('esbuild');
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  // A test runner may end a process without its 'exit' event: folders an hour old are leftovers.
  for (const name of readdirSync(cache)) {
    const old = join(cache, name);
    if (name.startsWith(PREFIX) && Date.now() - statSync(old).mtimeMs > 3_600_000) {
      rmSync(old, { recursive: true, force: true });
    }
  }
  const outdir = mkdtempSync(join(cache, PREFIX));
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  await build({
    absWorkingDir: root,
    entryPoints: { 'core-worker': 'electron/core/worker/thread.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Found in the repository's node_modules, which the folder sits under.
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    jsx: 'automatic',
    sourcemap: false,
    logLevel: 'warning',
  });
  return join(outdir, 'core-worker.mjs');
}

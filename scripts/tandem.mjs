// `npm run tandem -- <command>`: runs the bundled command line, rebuilding the bundle first
// when any source it is built from is newer (a fresh clone builds it once, ~1 s).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'tandem.mjs');

function newestSource(dir, newest = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(path, newest);
    else if (/\.(ts|tsx|csv)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const sources = ['electron', 'shared', join('renderer', 'src', 'print')].map((d) =>
    join(root, d),
  );
  return sources.some((dir) => existsSync(dir) && newestSource(dir) > built);
}

if (isStale()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
const { runCli } = await import(pathToFileURL(bundle).href);
const output = await runCli(process.argv.slice(2));
if (output.stdout) process.stdout.write(`${output.stdout}\n`);
if (output.stderr) process.stderr.write(`${output.stderr}\n`);
process.exitCode = output.code;

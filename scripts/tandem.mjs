// `npm run tandem -- <command>`: runs the bundled command line, rebuilding the bundle first
// when any source it was built from is newer (a fresh clone builds it once, ~1 s).
//
// Start-up is most of a quick command's time, so this file imports only node:fs, node:path and
// node:url, and checks only the files the last build read (dist-cli/inputs.json, written by
// scripts/build-cli.mjs) instead of walking the source tree. A file added since is found too:
// whatever imports it changed.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'tandem.mjs');

function isStale() {
  let built;
  let inputs;
  try {
    built = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8'));
  } catch {
    return true; // never built, or built by an older script
  }
  for (const input of inputs) {
    const stat = statSync(`${root}/${input}`, { throwIfNoEntry: false });
    if (stat === undefined || stat.mtimeMs > built) return true;
  }
  return false;
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

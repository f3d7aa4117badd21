// Runs @doyensec/electronegativity over the Electron code (electron/) and the built renderer
// (dist/renderer), reads its SARIF and fails on any HIGH or MEDIUM finding that
// electronegativity-justifications.json does not list with its reason.
//
// Offline: the tool fetches translations and Electron's release list over the network; here
// its HTTP client (`got`) is replaced by one that fails at once, so no request leaves the
// machine, and the release check (it needs that list) is left out: the Electron version is
// pinned in package-lock.json and checked by `npm audit` where there is a network.
//
// Usage: node scripts/electronegativity.mjs   (npm run check:electron)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = join(
  dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const justifications = JSON.parse(
  readFileSync(join(root, 'electronegativity-justifications.json'), 'utf8'),
).justified;

if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
  console.log('Building the renderer (dist/renderer) to check it…');
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Loaded before the tool: any require('got') gets a client that never touches the network.
const offline = `
const Module = require('node:module');
const load = Module._load;
const refuse = () => Promise.reject(new Error('offline: electronegativity makes no requests here'));
refuse.head = refuse;
refuse.get = refuse;
Module._load = function (request, ...rest) {
  return request === 'got' ? { __esModule: true, default: refuse } : load.call(this, request, ...rest);
};
process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...process.argv.slice(1)];
require(${JSON.stringify(cli)});
`;

const out = mkdtempSync(join(tmpdir(), 'tandem-electronegativity-'));
const findings = [];
try {
  for (const input of ['electron', join('dist', 'renderer')]) {
    const sarif = join(out, `${input.replaceAll('/', '-')}.sarif`);
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        offline,
        '--',
        '-i',
        join(root, input),
        '-o',
        sarif,
        '-s',
        'medium',
        '-e',
        electronVersion,
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-v',
        'false',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
    );
    if (run.status !== 0 || !existsSync(sarif)) {
      console.error(run.stdout, run.stderr);
      console.error(`electronegativity failed on ${input} (exit ${run.status}).`);
      process.exit(1);
    }
    const report = JSON.parse(readFileSync(sarif, 'utf8'));
    for (const result of report.runs.flatMap((r) => r.results ?? [])) {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      // The tool gives paths relative to the input folder (or absolute): report them from the root.
      // A finding about the whole folder (a global check) comes as `file:/`.
      const file = uri.startsWith('file:')
        ? input
        : uri.startsWith('/')
          ? relative(root, uri)
          : join(input, uri);
      findings.push({
        rule: result.ruleId,
        file,
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      });
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const reasonFor = (f) => justifications.find((j) => j.rule === f.rule && j.file === f.file);
const unjustified = findings.filter((f) => !reasonFor(f));
for (const f of findings) {
  const reason = reasonFor(f);
  const where = `${f.file}:${f.line}`;
  console.log(
    reason
      ? `justified  ${f.rule} at ${where}: ${reason.reason}`
      : `FINDING    ${f.rule} at ${where}: ${f.message}`,
  );
}
const stale = justifications.filter(
  (j) => !findings.some((f) => f.rule === j.rule && f.file === j.file),
);
for (const j of stale) console.log(`unused justification: ${j.rule} at ${j.file} (remove it)`);
console.log(
  `electronegativity (Electron ${electronVersion}): ${findings.length} HIGH or MEDIUM findings, ${findings.length - unjustified.length} justified, ${unjustified.length} not`,
);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);

// Makes sure .electron-native/better_sqlite3.node exists and is built for the installed Electron.
//
// Why: better-sqlite3 is a native module. The copy in node_modules is built for plain Node, which
// `npm test` needs; Electron has its own ABI and needs its own build. Instead of rebuilding
// node_modules back and forth, the Electron build lives in .electron-native/ and the app passes
// it to better-sqlite3 as `nativeBinding` (electron/main.ts). A stamp file next to it records
// what it was built for, so this script does nothing when it is already up to date.
//
// How (in a temporary copy of node_modules/better-sqlite3, so node_modules is never touched):
//   1. prebuild-install (better-sqlite3's own dependency) downloads the prebuilt binary for this
//      Electron, OS and CPU from better-sqlite3's GitHub releases — no compiler needed;
//   2. otherwise node-gyp compiles it against Electron's headers from electronjs.org
//      (needs Python 3 and a C++ toolchain).
//
// Usage: node scripts/electron-native.mjs [--force] [--from-source]
//   --force        rebuild even when the stamp says it is up to date
//   --from-source  skip the prebuilt download and compile with node-gyp
// Environment: ELECTRON_HEADERS_URL overrides https://electronjs.org/headers (a mirror).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const fromSource = args.has('--from-source');

const outDir = join(root, '.electron-native');
const binary = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'better_sqlite3.json');
const headersUrl = process.env.ELECTRON_HEADERS_URL || 'https://electronjs.org/headers';

function log(message) {
  console.log(`electron-native: ${message}`);
}

function fail(message) {
  console.error(`\nelectron-native: ${message}\n`);
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function installedVersion(name) {
  const path = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(path))
    fail(`${name} is not installed (${path} is missing). Run "npm install" first.`);
  return readJson(path).version;
}

const electronVersion = installedVersion('electron');
const betterSqliteVersion = installedVersion('better-sqlite3');
const abiFile = join(root, 'node_modules', 'electron', 'abi_version');
const expected = {
  electron: electronVersion,
  abi: existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null,
  betterSqlite3: betterSqliteVersion,
  platform: process.platform,
  arch: process.arch,
};

function upToDate() {
  if (!existsSync(binary) || statSync(binary).size === 0 || !existsSync(stampFile)) return false;
  try {
    const stamp = readJson(stampFile);
    return Object.entries(expected).every(([key, value]) => stamp[key] === value);
  } catch {
    return false;
  }
}

/**
 * The environment for prebuild-install and node-gyp without npm's build settings: under
 * `npm start`, npm exports .npmrc values such as `nodedir` as npm_config_* variables, and
 * node-gyp would then compile against those (Node's) headers instead of Electron's.
 */
function buildEnv() {
  const buildSettings =
    /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|platform|build_from_source|libc)$/;
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !buildSettings.test(key.toLowerCase())),
  );
}

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, {
    cwd,
    env: buildEnv(),
    stdio: 'inherit',
    // npm.cmd needs a shell on Windows; node itself does not.
    shell: process.platform === 'win32' && command !== process.execPath,
  });
  if (result.error) return `could not start ${command}: ${result.error.message}`;
  if (result.status !== 0) return `exited with code ${result.status ?? result.signal}`;
  return null;
}

/** node-gyp's CLI script: the one in node_modules, else the one bundled with npm. */
function nodeGypCommand() {
  const candidates = [];
  try {
    candidates.push(createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // Not hoisted into node_modules; try npm's own copy below.
  }
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) {
    candidates.push(join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const nodeDir = dirname(process.execPath);
  candidates.push(
    join(
      nodeDir,
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  const script = candidates.find((candidate) => existsSync(candidate));
  if (script) return { command: process.execPath, prefix: [script] };
  // Last resort: let npm find (or fetch) node-gyp.
  return {
    command: process.platform === 'win32' ? 'npm.cmd' : 'npm',
    prefix: ['exec', '--yes', '--', 'node-gyp'],
  };
}

function tryPrebuilt(packageDir) {
  let bin;
  try {
    bin = createRequire(join(root, 'node_modules', 'better-sqlite3', 'package.json')).resolve(
      'prebuild-install/bin.js',
    );
  } catch {
    return 'prebuild-install is not installed';
  }
  log(
    `downloading the prebuilt better-sqlite3 ${betterSqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`,
  );
  return run(
    process.execPath,
    [
      bin,
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--platform=${process.platform}`,
    ],
    packageDir,
  );
}

function tryCompile(packageDir) {
  const gyp = nodeGypCommand();
  log(
    `compiling better-sqlite3 ${betterSqliteVersion} for Electron ${electronVersion} with node-gyp (headers: ${headersUrl})…`,
  );
  return run(
    gyp.command,
    [
      ...gyp.prefix,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--dist-url=${headersUrl}`,
    ],
    packageDir,
  );
}

function helpText(attempts) {
  return [
    `Could not get better-sqlite3 built for Electron ${electronVersion} (${process.platform}-${process.arch}).`,
    '',
    "Tandem needs SQLite's native module compiled for Electron. (The copy in node_modules stays",
    'built for Node, for "npm test"; this script never changes it.)',
    '',
    'What was tried:',
    ...attempts.map((attempt, index) => `  ${index + 1}. ${attempt}`),
    '',
    'To fix it, one of:',
    '  - Network: the prebuilt binary comes from github.com (better-sqlite3 releases) and the',
    '    headers for compiling from electronjs.org. Behind a proxy set HTTPS_PROXY; with a mirror',
    '    of the headers set ELECTRON_HEADERS_URL.',
    '  - Compiler for node-gyp (with --from-source or when no prebuilt exists): Python 3 and',
    '      Windows: Visual Studio Build Tools, workload "Desktop development with C++"',
    '      macOS:   xcode-select --install',
    '      Linux:   sudo apt install build-essential python3',
    '  - Offline: on a machine with the same OS, CPU architecture and Electron version, run',
    '    "node scripts/electron-native.mjs" and copy its .electron-native folder (both files) here.',
  ].join('\n');
}

if (!force && upToDate()) {
  log(`up to date (${relative(root, binary)} for Electron ${electronVersion}).`);
  process.exit(0);
}

/** Builds in a temporary copy and installs the result; returns what went wrong, or null. */
function buildInto(work) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const packageDir = join(work, 'better-sqlite3');
  // The sources only: the existing Node build and any nested node_modules stay behind.
  cpSync(source, packageDir, {
    recursive: true,
    filter: (path) => {
      const inside = relative(source, path);
      return !(
        inside === 'build' ||
        inside.startsWith(`build${sep}`) ||
        inside.split(sep).includes('node_modules')
      );
    },
  });
  const built = join(packageDir, 'build', 'Release', 'better_sqlite3.node');

  const attempts = [];
  if (!fromSource) {
    const problem = tryPrebuilt(packageDir);
    if (problem || !existsSync(built)) {
      attempts.push(`prebuilt download (prebuild-install): ${problem ?? 'no binary was produced'}`);
    }
  }
  if (!existsSync(built)) {
    const problem = tryCompile(packageDir);
    if (problem || !existsSync(built)) {
      attempts.push(`compile with node-gyp: ${problem ?? 'no binary was produced'}`);
      return helpText(attempts);
    }
  }

  mkdirSync(outDir, { recursive: true });
  // Write next to the target and rename, so an interrupted run never leaves half a binary, and
  // write the stamp last, so a binary without a matching stamp is always rebuilt.
  rmSync(stampFile, { force: true });
  const partial = `${binary}.partial`;
  copyFileSync(built, partial);
  renameSync(partial, binary);
  writeFileSync(
    stampFile,
    `${JSON.stringify({ ...expected, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  return null;
}

const work = mkdtempSync(join(tmpdir(), 'tandem-electron-native-'));
let problem;
try {
  problem = buildInto(work);
} catch (error) {
  problem = `Could not build better-sqlite3 for Electron ${electronVersion}: ${error instanceof Error ? error.message : String(error)}`;
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problem) fail(problem);
log(`wrote ${relative(root, binary)} for Electron ${electronVersion}.`);

#!/usr/bin/env node
// Makes sure .electron-native/better_sqlite3.node exists: better-sqlite3 built for Electron's ABI,
// which the unpackaged app (npm start / npm run dev) loads through better-sqlite3's nativeBinding
// option and the packaging hook (build/after-pack.mjs) puts into the packaged app.
//
// node_modules/better-sqlite3 stays the Node.js build that tests and the CLI need: the Electron
// build happens in a copy in a temporary folder (a prebuilt binary from better-sqlite3's GitHub
// releases if one matches, else node-gyp against Electron's headers). Both need network access;
// without it the script explains that and exits non-zero. It never runs @electron/rebuild.
//
// Env: LEDGER_SKIP_ELECTRON_NATIVE=1 skips the whole step (e.g. CI jobs that never launch Electron).
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
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedElectronAbi, readModuleAbi } from './check-native-abi.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repo, '.electron-native');
const target = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');
const source = join(repo, 'node_modules', 'better-sqlite3');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const log = (msg) => console.log(`[ensure-electron-sqlite] ${msg}`);

let work = null;

function fail(message) {
  // process.exit skips `finally`: remove the temp copy here.
  if (work) rmSync(work, { recursive: true, force: true });
  console.error(`\n[ensure-electron-sqlite] ${message}\n`);
  console.error(
    [
      'better-sqlite3 must be built for Electron before the desktop app can start. This needs network',
      'access (a prebuilt binary from github.com/WiseLibs/better-sqlite3/releases, or Electron headers from',
      'https://electronjs.org/headers plus a C++ toolchain for node-gyp).',
      'node_modules/better-sqlite3 was NOT modified: tests, the CLI and `npm run web` still work.',
      'Retry with network access, or put an Electron-ABI better_sqlite3.node at .electron-native/ (or point',
      'LEDGER_NATIVE_BINDING at one).',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.env.LEDGER_SKIP_ELECTRON_NATIVE === '1') {
  log('LEDGER_SKIP_ELECTRON_NATIVE=1: skipped.');
  process.exit(0);
}
if (!existsSync(join(source, 'package.json')))
  fail('node_modules/better-sqlite3 is missing: run npm ci first.');

// Electron downloads its binary on first use. Without it (offline) nothing below can help: say
// so in two lines and point at browser mode, before any native build step prints its errors.
const electronDir = join(repo, 'node_modules', 'electron');
function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}
if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !electronBinaryPresent()) {
  log('downloading the Electron binary…');
  const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 10 * 60_000,
  });
  if (r.status !== 0 || !electronBinaryPresent()) {
    console.error(
      'The Electron binary is not installed and could not be downloaded (offline?): the desktop app cannot start.',
    );
    console.error(
      'Use browser mode instead: `npm run web` (the same app and ledger in your browser); `npm start` again once online.',
    );
    process.exit(1);
  }
}

const electronVersion = readJson(join(repo, 'node_modules', 'electron', 'package.json')).version;
const sqliteVersion = readJson(join(source, 'package.json')).version;
const { abi } = expectedElectronAbi();
const want = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  abi,
  platform: process.platform,
  arch: process.arch,
};

if (existsSync(target) && existsSync(stampFile)) {
  const stamp = readJson(stampFile);
  const same = Object.entries(want).every(([k, v]) => stamp[k] === v);
  if (same && readModuleAbi(target)?.abi === abi) {
    log(`up to date (Electron ${electronVersion}, NODE_MODULE_VERSION ${abi}).`);
    process.exit(0);
  }
}

log(
  `building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) in a temp folder…`,
);
work = mkdtempSync(join(tmpdir(), 'ledger-electron-sqlite-'));
const copy = join(work, 'better-sqlite3');
try {
  // Copy the sources, not the Node build (build/) that must stay where it is.
  cpSync(source, copy, { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) });

  // npm exports its config (e.g. nodedir=/usr, which points node-gyp at Node's own headers) as
  // npm_config_* variables; none of that may leak into a build for Electron.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
  const run = (label, args) => {
    log(label);
    const r = spawnSync(process.execPath, args, { cwd: copy, env, stdio: 'inherit', timeout: 15 * 60_000 });
    return r.status === 0;
  };

  const prebuildInstall = join(repo, 'node_modules', 'prebuild-install', 'bin.js');
  const nodeGyp = join(repo, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');

  const ok =
    (existsSync(prebuildInstall) &&
      run('trying a prebuilt binary (prebuild-install --runtime=electron)…', [
        prebuildInstall,
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        `--platform=${process.platform}`,
        '--tag-prefix=v',
        '--verbose',
      ]) &&
      existsSync(built)) ||
    run('no prebuilt binary; compiling with node-gyp against Electron headers…', [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  if (!ok || !existsSync(built)) fail(`Could not build better-sqlite3 for Electron ${electronVersion}.`);

  const got = readModuleAbi(built);
  if (got?.abi !== abi)
    fail(
      `The build has NODE_MODULE_VERSION ${got?.abi ?? 'unknown'}, Electron ${electronVersion} needs ${abi}.`,
    );

  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, `${target}.tmp`);
  renameSync(`${target}.tmp`, target);
  writeFileSync(stampFile, `${JSON.stringify(want, null, 2)}\n`);
  log(`wrote ${target} (NODE_MODULE_VERSION ${abi}).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

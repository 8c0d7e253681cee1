#!/usr/bin/env node
// Checks that better-sqlite3's native module was built for Electron's ABI (NODE_MODULE_VERSION),
// not Node's: a packaged app with the wrong one fails at launch with "was compiled against a
// different Node.js version".
//
//   node scripts/check-native-abi.mjs                 every packaged copy under release/
//   node scripts/check-native-abi.mjs FILE_OR_DIR...  those files (or the copies under those dirs)
//
// Exit codes: 0 all match, 1 a mismatch (or unreadable module), 2 nothing found to check.
// The expected ABI comes from Electron itself when its binary is installed (run as Node), else
// from node_modules/electron/abi_version, else from the table below.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODULE_FILE = 'better_sqlite3.node';

/**
 * NODE_MODULE_VERSION per Electron major, the last fallback. Only the pinned major is listed
 * (45 → 150, as in node_modules/electron/abi_version); add a line when Electron is upgraded.
 */
export const ELECTRON_ABI = { 45: 150 };

/**
 * The ABI a native module was built for. Non-N-API addons export
 * `node_register_module_v<ABI>` (NODE_MODULE_INITIALIZER), visible in ELF, PE and Mach-O alike.
 * Returns { abi } or { napi: true } for an ABI-stable N-API module, or null.
 */
export function readModuleAbi(file) {
  const text = readFileSync(file).toString('latin1');
  const m = /node_register_module_v(\d+)/.exec(text);
  if (m) return { abi: Number(m[1]) };
  if (text.includes('napi_register_module_v1')) return { napi: true };
  return null;
}

function electronPackage() {
  const pkgFile = join(repo, 'node_modules', 'electron', 'package.json');
  return existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')) : null;
}

/** Electron's NODE_MODULE_VERSION and where that number came from. */
export function expectedElectronAbi() {
  const electronDir = join(repo, 'node_modules', 'electron');
  const pathTxt = join(electronDir, 'path.txt');
  // Never require('electron') here: with no binary it starts a download.
  if (existsSync(pathTxt)) {
    const exe = join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
    if (existsSync(exe)) {
      const r = spawnSync(exe, ['-p', 'process.versions.modules'], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      const abi = Number(r.stdout?.trim());
      if (r.status === 0 && Number.isInteger(abi))
        return { abi, source: `process.versions.modules of ${exe}` };
    }
  }
  const abiFile = join(electronDir, 'abi_version');
  if (existsSync(abiFile)) {
    const abi = Number(readFileSync(abiFile, 'utf8').trim());
    if (Number.isInteger(abi)) return { abi, source: relative(repo, abiFile) };
  }
  const version = electronPackage()?.version ?? '45.0.0';
  const major = Number(version.split('.')[0]);
  const abi = ELECTRON_ABI[major];
  if (!abi) throw new Error(`No known NODE_MODULE_VERSION for Electron ${version}; add it to ELECTRON_ABI.`);
  return { abi, source: `the table for Electron ${major}` };
}

/** better_sqlite3.node files under `dir` (packaged output: inside app.asar.unpacked). */
export function findModules(dir) {
  const found = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory() && !e.isSymbolicLink()) walk(p);
      else if (e.name === MODULE_FILE) found.push(p);
    }
  };
  walk(dir);
  return found;
}

/** Checks each file; returns the list of problems (empty when all match). */
export function checkModules(files, expected) {
  const problems = [];
  for (const file of files) {
    const got = readModuleAbi(file);
    if (!got) problems.push(`${file}: not a Node native module (no node_register_module_v symbol)`);
    else if (got.napi) console.log(`ok  ${file}: N-API (ABI-stable)`);
    else if (got.abi !== expected) {
      problems.push(
        `${file}: built for NODE_MODULE_VERSION ${got.abi}, Electron needs ${expected}` +
          (got.abi === Number(process.versions.modules)
            ? ' (this is the Node.js build from node_modules)'
            : ''),
      );
    } else console.log(`ok  ${file}: NODE_MODULE_VERSION ${got.abi}`);
  }
  return problems;
}

function main(args) {
  const targets = args.length ? args.map((a) => resolve(a)) : [join(repo, 'release')];
  const files = targets.flatMap((t) => (existsSync(t) && statSync(t).isFile() ? [t] : findModules(t)));
  if (files.length === 0) {
    console.error(
      `check-native-abi: no ${MODULE_FILE} found under ${targets.join(', ')} (run npm run dist first).`,
    );
    return 2;
  }
  const { abi, source } = expectedElectronAbi();
  console.log(`Electron NODE_MODULE_VERSION ${abi} (from ${source})`);
  const problems = checkModules(files, abi);
  for (const p of problems) console.error(`BAD ${p}`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

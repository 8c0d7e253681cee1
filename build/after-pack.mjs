// electron-builder afterPack hook: puts the Electron-ABI better-sqlite3 (built by
// scripts/ensure-electron-sqlite.mjs in .electron-native/, never in node_modules) into the packaged
// app, then checks its NODE_MODULE_VERSION. This replaces electron-builder's npmRebuild, which
// would rebuild node_modules/better-sqlite3 in place and break tests and the CLI (Node ABI).
//
// It also selects the packaging variant. The release (default) keeps electron-builder.yml's fuses.
// LEDGER_E2E_PACKAGE=1 builds the test-only variant (`npm run dist:e2e`, into release/e2e/): the
// same package with one fuse on, enableNodeCliInspectArguments, because Playwright's
// _electron.launch passes --inspect=0 and waits for "Debugger listening". Never shipped: the
// variant refuses to be written to the release folder. electron-builder flips the fuses right
// after this hook, from the config this hook adjusts.
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkModules, expectedElectronAbi, findModules } from '../scripts/check-native-abi.mjs';

const ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export const E2E_PACKAGE_ENV = 'LEDGER_E2E_PACKAGE';
/** Where `npm run dist:e2e` writes the test variant (release/e2e/linux-unpacked/ledger on Linux). */
export const E2E_OUTPUT_DIR = join('release', 'e2e');

/** 'e2e' only when LEDGER_E2E_PACKAGE is exactly "1"; the release otherwise. */
export function packageVariant(env = process.env) {
  return env[E2E_PACKAGE_ENV] === '1' ? 'e2e' : 'release';
}

/** The fuses of a variant: the release's as configured; the e2e variant turns on one fuse only. */
export function fusesFor(releaseFuses, variant) {
  return variant === 'e2e' ? { ...releaseFuses, enableNodeCliInspectArguments: true } : { ...releaseFuses };
}

/**
 * Applies the variant to electron-builder's config before it flips the fuses; throws when the
 * e2e variant would land in the release output folder (where it could be shipped).
 */
export function applyPackageVariant(context, env = process.env) {
  const variant = packageVariant(env);
  if (variant !== 'e2e') return variant;
  const releaseDir = resolve(context.packager.projectDir, 'release');
  if (resolve(context.outDir) === releaseDir) {
    throw new Error(
      `${E2E_PACKAGE_ENV}=1 builds the test-only package; write it to ${E2E_OUTPUT_DIR} ` +
        `(-c.directories.output=${E2E_OUTPUT_DIR}, as npm run dist:e2e does), never to release/.`,
    );
  }
  const config = context.packager.config;
  config.electronFuses = fusesFor(config.electronFuses ?? {}, variant);
  return variant;
}

export default async function afterPack(context) {
  applyPackageVariant(context);
  const platform = context.electronPlatformName;
  const arch = ARCH[context.arch] ?? String(context.arch);
  // The Electron-ABI copy is built for this machine; another OS or CPU needs its own build.
  if (platform !== process.platform || arch !== process.arch) {
    throw new Error(
      `Packaging for ${platform}-${arch} on ${process.platform}-${process.arch}: better-sqlite3 must be ` +
        'built on the target platform. Run `npm run dist` on each OS/arch (e.g. a CI matrix).',
    );
  }
  const source = resolve(context.packager.projectDir, '.electron-native', 'better_sqlite3.node');
  if (!existsSync(source)) {
    throw new Error(`${source} is missing: run node scripts/ensure-electron-sqlite.mjs (needs network).`);
  }
  const resources = context.packager.getResourcesDir(context.appOutDir);
  const unpacked = join(resources, 'app.asar.unpacked');
  const targets = findModules(unpacked);
  if (targets.length === 0) throw new Error(`No better_sqlite3.node under ${unpacked}: check asarUnpack.`);
  for (const t of targets) copyFileSync(source, t);

  const { abi, source: from } = expectedElectronAbi();
  const problems = checkModules(targets, abi);
  if (problems.length)
    throw new Error(
      `Native module ABI mismatch (Electron needs ${abi}, from ${from}):\n${problems.join('\n')}`,
    );
}

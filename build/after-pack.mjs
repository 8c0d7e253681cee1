// electron-builder afterPack hook: puts the Electron-ABI better-sqlite3 (built by
// scripts/ensure-electron-sqlite.mjs in .electron-native/, never in node_modules) into the packaged
// app, then checks its NODE_MODULE_VERSION. This replaces electron-builder's npmRebuild, which
// would rebuild node_modules/better-sqlite3 in place and break tests and the CLI (Node ABI).
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkModules, expectedElectronAbi, findModules } from '../scripts/check-native-abi.mjs';

const ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context) {
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

#!/usr/bin/env node
// `node scripts/launch.mjs ledger|serve ARGS...`: what `npm run ledger` and `npm run web` run.
// Imports the bundle from out/cli/ (scripts/build-cli.mjs), building it first when it is missing
// or older than one of the sources it was built from, so the commands work right after a clone
// and after every edit. The check is one stat per source file; esbuild is loaded only to build.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repo, 'out', 'cli');
const entry = process.argv[2];
if (entry !== 'ledger' && entry !== 'serve') {
  process.stderr.write('Usage: node scripts/launch.mjs ledger|serve ARGS...\n');
  process.exit(2);
}
// The bundled program reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);

function upToDate() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    statSync(join(outDir, `${entry}.js`));
  } catch {
    return false;
  }
  for (const file of manifest.inputs) {
    const st = statSync(join(repo, file), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > manifest.builtFrom) return false;
  }
  return true;
}

if (!upToDate()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(join(outDir, `${entry}.js`)).href);

#!/usr/bin/env node
// Bundles the command line and the browser-mode server into plain JavaScript under out/cli/, so
// that `npm run ledger` and `npm run web` start without compiling TypeScript (issue 17: cold
// start). esbuild (the bundler tsx itself uses) writes ES modules split into shared chunks:
//   out/cli/ledger.js                  src-main/cli.ts
//   out/cli/serve.js                   src-main/web/serve.ts
//   out/cli/rebuild-worker.js          the projection rebuild worker (found next to the bundle)
//   out/cli/backup-verify-worker.js    the backup verification worker
//   out/cli/manifest.json              the source files the bundle was built from, for the launcher
// better-sqlite3 stays external: it loads node_modules' Node.js build (the Electron-ABI copy in
// .electron-native/ is only for the desktop app). vite and the Svelte plugin are only imported
// when browser mode has to build the renderer first, from node_modules as before.
//
// `node scripts/build-cli.mjs` (part of `npm run build`) empties out/cli and builds it;
// scripts/launch.mjs calls buildCli() itself when the bundle is missing or older than a source.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(REPO, 'out', 'cli');
export const MANIFEST = join(OUT_DIR, 'manifest.json');

const ENTRIES = {
  ledger: 'src-main/cli.ts',
  serve: 'src-main/web/serve.ts',
  'rebuild-worker': 'src-main/projections/rebuild-worker.ts',
  'backup-verify-worker': 'src-main/backup/verify-worker.ts',
};

/** Files outside the bundled sources whose change means a rebuild (dependencies, this config). */
const ALSO_WATCHED = ['package.json', 'package-lock.json', 'scripts/build-cli.mjs'];

/** Writes a file so that a concurrent reader sees the old or the new content, never a part. */
function writeAtomically(file, contents) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/**
 * Builds the bundle into out/cli. Several processes may build at once (parallel tests on a fresh
 * clone): every file is replaced atomically, the chunks (named by content hash) before the
 * entries that import them, the manifest last.
 */
export async function buildCli({ clean = false } = {}) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: REPO,
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: OUT_DIR,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    external: ['better-sqlite3', 'vite', '@sveltejs/vite-plugin-svelte', 'electron'],
    // Bundled CommonJS code may call require(); give every ES module output one.
    banner: {
      js: "import { createRequire as __ledgerCreateRequire } from 'node:module'; const require = __ledgerCreateRequire(import.meta.url);",
    },
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  if (clean) rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const entryFiles = new Set(Object.keys(ENTRIES).flatMap((n) => [`${n}.js`, `${n}.js.map`]));
  const files = [...result.outputFiles].sort(
    (a, b) =>
      Number(entryFiles.has(a.path.split(sep).pop())) - Number(entryFiles.has(b.path.split(sep).pop())),
  );
  for (const f of files) writeAtomically(f.path, f.contents);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules/'))
    .map((p) => relative(REPO, resolve(REPO, p)));
  writeAtomically(
    MANIFEST,
    `${JSON.stringify({ builtFrom: startedAt, inputs: [...inputs, ...ALSO_WATCHED].sort() }, null, 1)}\n`,
  );
  return { ms: Date.now() - startedAt, files: readdirSync(OUT_DIR).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ms, files } = await buildCli({ clean: true });
  // stderr: browser mode's first line of stdout is its URL, even right after a clone.
  console.error(`out/cli: the CLI and browser-mode server bundled in ${ms} ms (${files} files)`);
}

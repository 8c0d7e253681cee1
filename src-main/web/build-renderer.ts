// Browser mode serves the built renderer. When it has not been built yet, build just the
// renderer with Vite (the main/preload bundles are not needed here).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const DEFAULT_STATIC_DIR = resolve(REPO_ROOT, 'out', 'renderer');

export async function ensureRendererBuilt(staticDir: string = DEFAULT_STATIC_DIR): Promise<void> {
  if (existsSync(resolve(staticDir, 'index.html'))) return;
  process.stderr.write(`Renderer not built yet (${staticDir}); building it now…\n`);
  const [{ build }, { svelte }] = await Promise.all([import('vite'), import('@sveltejs/vite-plugin-svelte')]);
  await build({
    configFile: false,
    root: resolve(REPO_ROOT, 'src-renderer'),
    base: './',
    logLevel: 'warn',
    plugins: [svelte({ configFile: resolve(REPO_ROOT, 'svelte.config.js') })],
    build: { outDir: staticDir, emptyOutDir: true },
  });
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    throw new Error(`The renderer build did not produce ${staticDir}/index.html; run \`npm run build\`.`);
  }
}

import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = import.meta.dirname;

// The repo uses src-main / src-renderer / src-shared instead of electron-vite's default
// src/{main,preload,renderer}, so every entry is named explicitly (see TOOLCHAIN.md).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(root, 'src-main/index.ts'),
          // The projection rebuild runs in a worker thread; it needs its own bundle.
          'rebuild-worker': resolve(root, 'src-main/projections/rebuild-worker.ts'),
          // Backup verification (integrity check, hash chain) also runs off the main thread.
          'backup-verify-worker': resolve(root, 'src-main/backup/verify-worker.ts'),
          // Statement preview and import (parse, duplicate check, one transaction) likewise.
          'import-worker': resolve(root, 'src-main/workers/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that only requires 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});

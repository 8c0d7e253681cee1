import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

const root = import.meta.dirname;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/adversarial/**/*.test.ts',
            'tests/electron/**/*.test.ts',
          ],
          // SQLite files and child processes: give slow CI machines room without timing assertions.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') }), svelteTesting()],
        // Worktrees share one node_modules by symlink: let vite serve files from its real path.
        server: { fs: { allow: [root, realpathSync(resolve(root, 'node_modules'))] } },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: [resolve(root, 'tests/component/setup.ts')],
        },
      },
    ],
  },
});

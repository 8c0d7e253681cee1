import { defineConfig } from '@playwright/test';
import type { Target } from './tests/e2e-electron/app.spec';

// The desktop app through Playwright's Electron driver (tests/e2e-electron). Separate from the
// browser-mode suite: it needs the Electron binary and skips itself, with the reason, without it.
// Two projects run the same spec: the unpackaged app (`electron .` on out/) and the test-only
// package from `npm run dist:e2e` (release/e2e/linux-unpacked/ledger). README, Packaging.
export default defineConfig<object, { target: Target }>({
  testDir: 'tests/e2e-electron',
  outputDir: 'test-results/playwright-electron',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'unpackaged', use: { target: 'unpackaged' } },
    { name: 'packaged', use: { target: 'packaged' } },
  ],
});

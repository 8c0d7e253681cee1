import { defineConfig } from '@playwright/test';

// The desktop app through Playwright's Electron driver (tests/e2e-electron). Separate from the
// browser-mode suite: it needs the Electron binary and skips itself, with the reason, without it.
export default defineConfig({
  testDir: 'tests/e2e-electron',
  outputDir: 'test-results/playwright-electron',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

/** Browser tests of the built renderer (run `npm run build` first; `npm test` does). */
export default defineConfig({
  // Its paths give the @shared/@renderer import aliases.
  tsconfig: './tsconfig.test.json',
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: { trace: 'retain-on-failure' },
});

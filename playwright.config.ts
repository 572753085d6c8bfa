import { defineConfig } from '@playwright/test';

/** Browser tests of the built renderer (run `npm run build` first; `npm test` does). */
export default defineConfig({
  // Its paths give the @shared/@renderer import aliases.
  tsconfig: './tsconfig.test.json',
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Sized for a busy two-core machine: the longest journey takes ~40 s on a quiet one and three
  // times that beside `stress --cpu 4`. A hang still fails.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: { trace: 'retain-on-failure' },
});

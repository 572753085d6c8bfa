import { defineConfig } from '@playwright/test';

/** `npm run bench`: one worker, so figures are not measured against each other. */
export default defineConfig({
  testDir: 'test/bench',
  testMatch: 'bench.spec.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

/** `npm run bench`: one worker, so figures are not measured against each other. */
export default defineConfig({
  // Its paths give the @shared/@renderer import aliases.
  tsconfig: './tsconfig.test.json',
  testDir: 'test/bench',
  testMatch: 'bench.spec.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

/**
 * `npm run test:electron`: the real Electron app. Needs the Electron binary; where it is
 * missing, global setup stops the run at once with the reason. Not part of `npm test`.
 */
export default defineConfig({
  // Its paths give the @shared/@renderer import aliases.
  tsconfig: './tsconfig.test.json',
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/electron/global-setup.ts',
  timeout: 60_000,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'on-first-retry' },
});

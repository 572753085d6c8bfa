import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    // CI shares two cores between ESLint, jsdom and real-file tests; 5 s (the default) was
    // too tight for tests that take 1–2 s on a quiet machine. Hangs still fail, just later.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/{shared,electron,bench}/**/*.test.ts'],
          setupFiles: ['test/unit/fast-check-seed.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The build's output, packaging and the docs: `npm test` runs them after the build;
          // `npm run test:unit` leaves them out, so it works on a fresh clone.
          name: 'system',
          environment: 'node',
          include: ['test/unit/build/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/fast-check-seed.ts', 'test/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});

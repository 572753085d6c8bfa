import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { aliases } from './aliases.config.mts';

const seed = 'test/helpers/fast-check-seed.ts';

/**
 * Three tiers, each with timeouts sized for a busy two-core machine (a hang still fails, later):
 * - unit: pure code, no files, processes or database — seconds in all (`npm run test:unit`);
 * - integration: real files, child processes, LibreOffice, fake-indexeddb;
 * - system: the build's output, packaging, lint rules and docs (`npm test` builds first).
 * Each tier has a node and, where screens are tested, a jsdom project.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: aliases },
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/{shared,electron,bench}/**/*.test.ts'],
          setupFiles: [seed],
          // Pure code keeps no state between files, so one module graph serves them all
          // (isolating each file cost 40 s of the unit tier's 50).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-dom',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: [seed, 'test/unit/renderer/setup.ts'],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/{shared,electron,bench}/**/*.test.ts'],
          setupFiles: [seed],
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-dom',
          environment: 'jsdom',
          include: ['test/integration/renderer/**/*.test.{ts,tsx}'],
          setupFiles: [seed, 'test/integration/renderer/setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          environment: 'node',
          include: ['test/system/**/*.test.ts'],
          setupFiles: [seed],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

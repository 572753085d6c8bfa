import { fileURLToPath } from 'node:url';

/**
 * The import aliases of tsconfig.base.json, for every bundler and test runner that does not
 * read tsconfig paths itself (Vite, electron-vite, Vitest). Keep the two lists the same.
 */
export const aliases = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@renderer': fileURLToPath(new URL('./renderer', import.meta.url)),
};

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { aliases } from './aliases.config.mts';
import rendererConfig from './vite.config.mts';

const __dirname = dirname(fileURLToPath(import.meta.url));

/** Builds main, preload (CommonJS, for the sandbox) and renderer into out/. */
export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      // Bundled, not required at run time: the packaged app then carries no node_modules.
      externalizeDeps: { exclude: ['zod'] },
      // Minified like the renderer: the workbook library alone is 2.6 MB as written.
      minify: true,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve(__dirname, 'renderer'),
    build: {
      ...rendererConfig.build,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

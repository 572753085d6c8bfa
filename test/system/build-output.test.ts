import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../helpers/load-workbook';

const out = path.resolve('out');
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

describe('npm run build output', () => {
  it('exists (npm test builds before the unit tests)', () => {
    for (const file of ['main/index.js', 'preload/index.js', 'renderer/index.html']) {
      expect(existsSync(path.join(out, file)), `out/${file} — run npm run build`).toBe(true);
    }
  });

  it('emits the preload as CommonJS, as the sandbox requires', () => {
    const preload = read('preload/index.js');
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    // Sandboxed preloads can require only electron: nothing else may be left unbundled.
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('bundles a minified renderer that loads no inline script', () => {
    const html = read('renderer/index.html');
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js">/);
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
    const scripts = readdirSync(path.join(out, 'renderer/assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = read(`renderer/assets/${script}`);
      // A text file imported `?raw` (the map data's licence) is one string that keeps its lines.
      if (/_raw-[\w-]+\.js$/.test(script)) {
        expect(code, script).toMatch(/^var \w+=`[^`]*`;export\{\w+ as default\};$/);
        continue;
      }
      // Minified: a few long lines, whatever the size (a screen's small shared chunk is one).
      expect(code.split('\n').length, script).toBeLessThanOrEqual(2 + code.length / 500);
    }
  });

  it('bundles main: at run time it requires only Electron, Node built-ins, its own chunks and LevelDB’s binding', () => {
    const files = ['main/index.js', ...chunks().map((c) => `main/chunks/${c}`)];
    for (const file of files) {
      const required = [...read(file).matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
      const outside = required.filter(
        (name) =>
          name !== 'electron' &&
          // The one runtime dependency: a native binding cannot be bundled.
          name !== 'leveldown' &&
          !builtinModules.includes(name.replace(/^node:/, '')) &&
          !(name.startsWith('.') && existsSync(path.resolve(out, path.dirname(file), name))),
      );
      expect(outside, file).toEqual([]);
    }
  });

  it('the workbook thread bundled into main writes a workbook (the packaged app has no node_modules)', async () => {
    const thread = chunks().find((c) => c.startsWith('workbook-thread'));
    expect(thread, 'main starts the workbook writer as a thread of its own').toBeDefined();
    // Main's own code must not load in the thread (it would start a second app).
    expect(read(`main/chunks/${thread}`)).not.toMatch(/require\("\.\.\/index\.js"\)/);
    const script = `
      const { Worker } = require('node:worker_threads');
      const sheet = { name: 'Kund_innen', columns: [{ header: 'PLZ', kind: 'text', values: ['01067'] }] };
      const worker = new Worker(process.argv[1], {
        workerData: { sheet, options: { language: 'de', currency: 'EUR' } },
      });
      worker.once('message', (bytes) => {
        process.stdout.write(Buffer.from(bytes).toString('base64'));
        process.exit(0);
      });
      worker.once('error', (error) => { console.error(error); process.exit(1); });`;
    const base64 = execFileSync(
      process.execPath,
      ['--no-deprecation', '-e', script, path.join(out, 'main/chunks', thread!)],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const book = await loadWorkbook(Buffer.from(base64, 'base64'));
    expect(book.getWorksheet('Kund_innen')!.getCell('A2').value).toBe('01067');
  }, 60_000);
});

function chunks(): string[] {
  const dir = path.join(out, 'main/chunks');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
}

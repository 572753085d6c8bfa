import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
      // Minified: a few long lines, whatever the size (a screen's small shared chunk is one).
      expect(code.split('\n').length, script).toBeLessThanOrEqual(2 + code.length / 500);
    }
  });

  it('bundles main: at run time it requires only Electron and Node built-ins', () => {
    const required = [...read('main/index.js').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.filter((name) => !name!.startsWith('node:')).sort()).toEqual(['electron']);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dirs';

it('the shipped postal-area map and the demo’s codes are what `npm run map:data` writes', () => {
  const dir = tempDir('stp-map-');
  const [map, demo] = [path.join(dir, 'postal-areas.json'), path.join(dir, 'demo-codes.ts')];
  execFileSync('npx', ['jiti', 'test/tools/build-postal-map.mts', map, demo], { stdio: 'pipe' });
  expect(readFileSync(map, 'utf8')).toBe(readFileSync('assets/geo/postal-areas.json', 'utf8'));
  expect(readFileSync(demo, 'utf8')).toBe(readFileSync('shared/demo/demo-postal-codes.ts', 'utf8'));
});

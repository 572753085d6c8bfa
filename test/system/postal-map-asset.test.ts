import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dirs';

it('the shipped postal-area map is what `npm run map:data` writes from the shipped sources', () => {
  const file = path.join(tempDir('stp-map-'), 'postal-areas.json');
  execFileSync('npx', ['jiti', 'test/tools/build-postal-map.mts', file], { stdio: 'pipe' });
  expect(readFileSync(file, 'utf8')).toBe(readFileSync('assets/geo/postal-areas.json', 'utf8'));
});

// `npm run map:data`: precomputes the postal-area map from the shipped centres
// (assets/geo/plz_geocoord.csv) and Germany's outline (world-atlas, Natural Earth) into
// assets/geo/postal-areas.json, which the app loads. Run it when either source changes; a
// system test checks that the committed file is what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildPostalMap } from '../../shared/geo/postal-map-build';
import { parsePostalCentres } from '../../shared/geo/postal-cells';
import { readPostalMap } from '../../shared/geo/postal-map';
import { CITIES } from '../../shared/demo/german-places';

/** The demo's cities draw their accounts' codes from the real codes on the map. */
function demoPostalCodes(codes: readonly string[]): string {
  const prefixes = [...new Set(CITIES.flatMap((city) => city.prefixes))].sort();
  const lines = prefixes.map((prefix) => {
    const suffixes = codes.filter((c) => c.startsWith(prefix)).map((c) => c.slice(2));
    return `  '${prefix}': '${suffixes.join('')}',`;
  });
  return [
    '// Written by `npm run map:data` from assets/geo/postal-areas.json: do not edit.',
    '/** Real postal codes on the map under each demo city prefix, as runs of three-digit endings. */',
    'export const DEMO_POSTAL_CODES: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

const require = createRequire(import.meta.url);
const atlas = require('world-atlas/countries-50m.json') as Topology<{
  countries: GeometryCollection;
}>;
const germany = atlas.objects.countries.geometries.find((g) => g.id === '276');
if (!germany) throw new Error('world-atlas has no country 276 (Germany)');
const outline = (feature(atlas, germany) as GeoJSON.Feature).geometry;
const centres = parsePostalCentres(readFileSync('assets/geo/plz_geocoord.csv', 'utf8'));

const started = Date.now();
const map = buildPostalMap(centres, outline);
const text = JSON.stringify(map);
const [target = 'assets/geo/postal-areas.json', demoTarget = 'shared/demo/demo-postal-codes.ts'] =
  process.argv.slice(2);
writeFileSync(target, text);
writeFileSync(demoTarget, demoPostalCodes(readPostalMap(map).codes));
console.log(
  `${map.codeSteps.length} postal areas (${centres.length - map.codeSteps.length} codes not placeable), ${(text.length / 1024).toFixed(0)} KB, ${Date.now() - started} ms`,
);

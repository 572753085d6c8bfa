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
writeFileSync(process.argv[2] ?? 'assets/geo/postal-areas.json', text);
console.log(
  `${map.codeSteps.length} postal areas (${centres.length - map.codeSteps.length} codes not placeable), ${(text.length / 1024).toFixed(0)} KB, ${Date.now() - started} ms`,
);

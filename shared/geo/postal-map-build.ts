import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import type { PostalMapData } from './postal-map-data';
import {
  buildPostalCells,
  MAP_HEIGHT,
  MAP_WIDTH,
  unplacedCodes,
  type PostalCentre,
} from './postal-cells';

/**
 * Quantization of the shipped topology: 10,000 steps across the 1,000-unit-wide map, a tenth
 * of a unit — about 65 m on the ground, finer than a screen pixel at the deepest zoom the map
 * offers — and it snaps the two copies of a border point that two cuts computed apart.
 */
const QUANTIZATION = 10_000;

/**
 * The file the app ships: every postal area as a TopoJSON geometry with shared borders (so
 * territory outlines are merged borders), and the centres; neighbours are derived when the
 * map is read (postal-map.ts). Codes and centres are stored as steps from the one before,
 * which is what keeps the file under a third of a megabyte compressed. Codes the source
 * could not place (see `unplacedCodes`) are not on the map.
 */
export function buildPostalMap(
  centres: readonly PostalCentre[],
  outline: GeoJSON.Geometry,
): PostalMapData {
  const unplaced = unplacedCodes(centres);
  const sorted = centres
    .filter((c) => !unplaced.has(c.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const cells = buildPostalCells(sorted, outline);
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: cells.map((cell) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: cell.polygons },
    })),
  };
  const topo = topology({ areas: collection }, QUANTIZATION);
  const geometries = (topo.objects.areas as GeometryCollection).geometries;
  const codeSteps: number[] = [];
  const centreSteps: number[] = [];
  let code = 0;
  let x = 0;
  let y = 0;
  for (const cell of cells) {
    codeSteps.push(Number(cell.code) - code);
    code = Number(cell.code);
    const cx = Math.round(cell.x * 10);
    const cy = Math.round(cell.y * 10);
    centreSteps.push(cx - x, cy - y);
    x = cx;
    y = cy;
  }
  return {
    version: 1,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    transform: topo.transform as PostalMapData['transform'],
    arcs: topo.arcs as PostalMapData['arcs'],
    codeSteps,
    areas: geometries.map((g) => (g.type === 'MultiPolygon' ? (g as TopoMultiPolygon).arcs : [])),
    centreSteps,
  };
}

import { Delaunay } from 'd3-delaunay';
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from 'polygon-clipping';
import { insidePolygons, polygonsArea } from './polygon';

/** A postal code's centre as the data has it (WGS84 degrees). */
export interface PostalCentre {
  code: string;
  lat: number;
  lon: number;
}

/** One postal area: the Voronoi cell of its centre, cut to the country (projected units). */
export interface PostalCell {
  code: string;
  /** The centre, projected. */
  x: number;
  y: number;
  /** The cell: one or more polygons (a cell cut by a bay or the border may fall apart). */
  polygons: MultiPolygon;
  /** Codes whose cells border this one (the Delaunay neighbours that still touch after the cut). */
  neighbours: string[];
}

/** The map's drawing box: projected coordinates run from 0 to these, in map units. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 1200;

/**
 * Germany in a conformal conic projection (the standard parallels of the federal agencies'
 * Lambert projection), fitted into the map box: shapes keep their look, and areas cut in
 * the plane are what the eye expects.
 */
export function germanyProjection(outline: GeoJSON.Geometry): GeoProjection {
  return geoConicConformal()
    .parallels([48.666667, 53.666667])
    .rotate([-10.5, 0])
    .fitExtent(
      [
        [10, 10],
        [MAP_WIDTH - 10, MAP_HEIGHT - 10],
      ],
      outline,
    );
}

/** Projects the outline's polygons (GeoJSON Polygon or MultiPolygon) into map units. */
export function projectOutline(outline: GeoJSON.Geometry, projection: GeoProjection): MultiPolygon {
  const polygons =
    outline.type === 'Polygon'
      ? [outline.coordinates]
      : outline.type === 'MultiPolygon'
        ? outline.coordinates
        : [];
  return polygons.map((rings) =>
    rings.map((ring) => ring.map(([lon, lat]) => projection([lon!, lat!]) as [number, number])),
  );
}

/**
 * Two centres on the same spot would share one Voronoi cell: the later one is nudged by a
 * hair (a thousandth of a map unit, centimetres on the ground) so each code keeps a cell.
 */
function separate(points: Array<[number, number]>): void {
  const seen = new Set<string>();
  points.forEach((point, i) => {
    let key = `${point[0]},${point[1]}`;
    while (seen.has(key)) {
      point[0] += 0.001 * ((i % 7) + 1);
      point[1] += 0.001;
      key = `${point[0]},${point[1]}`;
    }
    seen.add(key);
  });
}

/**
 * Approximates postal areas as the Voronoi cells of their centres, cut to the country's
 * outline. A cell whose cut would leave nothing (a centre a little outside the coarse outline)
 * keeps its uncut cell inside a small square around the centre, so every code has an area.
 */
export function buildPostalCells(
  centres: readonly PostalCentre[],
  outline: GeoJSON.Geometry,
): PostalCell[] {
  const projection = germanyProjection(outline);
  const country = projectOutline(outline, projection);
  const points = centres.map(({ lon, lat }) => projection([lon, lat]) as [number, number]);
  separate(points);
  const delaunay = Delaunay.from(points);
  const voronoi = delaunay.voronoi([-50, -50, MAP_WIDTH + 50, MAP_HEIGHT + 50]);
  const outlinePoints = country.flatMap(([outer]) => outer!);

  const polygons: MultiPolygon[] = centres.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Ring;
    const [minX, minY, maxX, maxY] = cell.reduce(
      ([a, b, c, d], [x, y]) => [Math.min(a, x), Math.min(b, y), Math.max(c, x), Math.max(d, y)],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
    // Most cells lie wholly inside: every corner inside and no stretch of border passing through.
    const inside =
      cell.every(([x, y]) => insidePolygons(country, x, y)) &&
      !outlinePoints.some(([x, y]) => x >= minX && x <= maxX && y >= minY && y <= maxY);
    if (inside) return [[cell]];
    const cut = polygonClipping.intersection([cell] as Polygon, country);
    if (cut.length > 0 && polygonsArea(cut) > 1e-6) return cut;
    const [cx, cy] = points[i]!;
    const square: Polygon = [
      [
        [cx - 1, cy - 1],
        [cx + 1, cy - 1],
        [cx + 1, cy + 1],
        [cx - 1, cy + 1],
        [cx - 1, cy - 1],
      ],
    ];
    return polygonClipping.intersection([cell] as Polygon, square);
  });

  return centres.map((centre, i) => ({
    code: centre.code,
    x: points[i]![0],
    y: points[i]![1],
    polygons: polygons[i]!,
    neighbours: [...delaunay.neighbors(i)].map((j) => centres[j]!.code),
  }));
}

/**
 * Codes the source could not place: a geocoder that finds no area answers with the country's
 * centre, and 94 codes of the shipped file share that one point (51.165691, 10.451526). Any
 * point shared by three or more codes is such an answer; those codes are left off the map
 * (their accounts are counted as "not on the map"), never drawn on a guess.
 */
export function unplacedCodes(centres: readonly PostalCentre[]): Set<string> {
  const byPoint = new Map<string, string[]>();
  for (const { code, lat, lon } of centres) {
    const key = `${lat},${lon}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), code]);
  }
  return new Set([...byPoint.values()].filter((codes) => codes.length >= 3).flat());
}

/** Reads the centres file: "PLZ,lat,lng" with a header line, as shipped in assets/geo/. */
export function parsePostalCentres(text: string): PostalCentre[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code, lat, lon] = line.split(',');
      return { code: code!, lat: Number(lat), lon: Number(lon) };
    });
}

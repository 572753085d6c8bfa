import { Delaunay } from 'd3-delaunay';
import { feature, transform } from 'topojson-client';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { postalNeighbours, readPostalMap, type PostalMap } from '@shared/geo/postal-map';
import { areaReach } from '@shared/geo/account-dots';
import type { Box } from '@renderer/components/map/map-view';
import { lineBox } from '@renderer/components/map/map-tiles';
import { insidePolygons, insideRing } from '@shared/geo/polygon';

/** The postal-area map, unpacked once per window and kept: shapes, neighbours, lookups. */
export interface PostalMapModel {
  map: PostalMap;
  neighbours: number[][];
  /** Each area's outline as polygons of [x, y] rings (map units). */
  polygons: Array<Array<Array<Array<[number, number]>>>>;
  /** Each area's bounding box. */
  boxes: Box[];
  /** How far an account's dot may sit from its area's centre. */
  reach: Float64Array;
  /** Finds the area nearest a map point (the Voronoi cell it is in). */
  delaunay: Delaunay<number>;
  whole: Box;
}

let loading: Promise<PostalMapModel> | null = null;

/** Loads the map data (its own chunk: fetched the first time a map opens). */
export function loadPostalMap(): Promise<PostalMapModel> {
  loading ??= import('../../../assets/geo/postal-areas.json').then((module) =>
    buildModel(module.default as unknown as PostalMapData),
  );
  // A failed load may be retried (e.g. after an update replaced the files mid-session).
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export function buildModel(data: PostalMapData): PostalMapModel {
  const map = readPostalMap(data);
  const neighbours = postalNeighbours(map);
  const features = feature(map.topology, map.topology.objects.areas).features;
  const polygons = features.map(
    (f) =>
      (f.geometry as GeoJSON.MultiPolygon).coordinates as Array<Array<Array<[number, number]>>>,
  );
  const boxes = polygons.map((area) => lineBox(area.flat(2) as Array<[number, number]>));
  return {
    map,
    neighbours,
    polygons,
    boxes,
    reach: areaReach(map.x, map.y, neighbours),
    delaunay: new Delaunay(Float64Array.from(map.codes.flatMap((_, i) => [map.x[i]!, map.y[i]!]))),
    whole: { x0: 0, y0: 0, x1: map.width, y1: map.height },
  };
}

/** The box around some areas (a territory, a region, a selection). */
export function boxOf(model: PostalMapModel, areas: Iterable<number>): Box | null {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const area of areas) {
    const b = model.boxes[area]!;
    box.x0 = Math.min(box.x0, b.x0);
    box.y0 = Math.min(box.y0, b.y0);
    box.x1 = Math.max(box.x1, b.x1);
    box.y1 = Math.max(box.y1, b.y1);
  }
  return Number.isFinite(box.x0) ? box : null;
}

/** Every shared border once (decoded arc) with the areas on its two sides (-1: outside). */
interface BorderArcs {
  lines: Array<Array<[number, number]>>;
  /** Two entries per arc: the areas it separates; -1 where the arc is the country's edge. */
  sides: Int32Array;
}

const arcCache = new WeakMap<PostalMapModel, BorderArcs>();

function borderArcs(model: PostalMapModel): BorderArcs {
  let cached = arcCache.get(model);
  if (cached) return cached;
  const { topology } = model.map;
  const toMap = transform(topology.transform!);
  const lines = topology.arcs.map((arc) =>
    arc.map((point, i) => toMap(point, i > 0) as [number, number]),
  );
  const sides = new Int32Array(2 * lines.length).fill(-1);
  topology.objects.areas.geometries.forEach((geometry, area) => {
    for (const polygon of (geometry as { arcs: number[][][] }).arcs)
      for (const ring of polygon)
        for (const index of ring) {
          const arc = index < 0 ? ~index : index;
          // The first area seen takes the first side; the neighbour across it the second.
          if (sides[2 * arc] === -1) sides[2 * arc] = area;
          else if (sides[2 * arc] !== area) sides[2 * arc + 1] = area;
        }
  });
  cached = { lines, sides };
  arcCache.set(model, cached);
  return cached;
}

/** Every border between two areas and along the country's edge, each once. */
export function allBorderLines(model: PostalMapModel): ReadonlyArray<Array<[number, number]>> {
  return borderArcs(model).lines;
}

/**
 * Borders between areas of different groups (territories, owners, regions) and the country's
 * outline, as lines: drawn over the fills, they show each group as one merged shape. Each
 * shared border is decoded once per map, so a new grouping only filters them.
 */
export function groupBorders(
  model: PostalMapModel,
  groupOf: ArrayLike<number>,
): Array<Array<[number, number]>> {
  const { lines, sides } = borderArcs(model);
  return lines.filter((_, arc) => {
    const [a, b] = [sides[2 * arc]!, sides[2 * arc + 1]!];
    return b === -1 || groupOf[a] !== groupOf[b];
  });
}

/** The area at a map point, or null outside the country. */
export function areaAt(model: PostalMapModel, x: number, y: number): number | null {
  const nearest = model.delaunay.find(x, y);
  for (const area of [nearest, ...model.neighbours[nearest]!])
    if (insidePolygons(model.polygons[area]!, x, y)) return area;
  return null;
}

/** Areas whose centre lies inside a drawn shape (map units). */
export function areasInShape(
  model: PostalMapModel,
  shape: ReadonlyArray<[number, number]>,
): number[] {
  if (shape.length < 3) return [];
  const { x, y } = model.map;
  const found: number[] = [];
  for (let i = 0; i < x.length; i += 1) if (insideRing(shape, x[i]!, y[i]!)) found.push(i);
  return found;
}

import { Delaunay } from 'd3-delaunay';
import { feature, mesh } from 'topojson-client';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { postalNeighbours, readPostalMap, type PostalMap } from '@shared/geo/postal-map';
import { areaReach } from '@shared/geo/account-dots';
import type { Box } from '@renderer/components/map/map-view';
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
  const boxes = polygons.map((area) => {
    const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const ring of area.flat())
      for (const [x, y] of ring) {
        if (x < box.x0) box.x0 = x;
        if (x > box.x1) box.x1 = x;
        if (y < box.y0) box.y0 = y;
        if (y > box.y1) box.y1 = y;
      }
    return box;
  });
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

/**
 * Borders between areas of different groups (territories, owners, regions) and the country's
 * outline, as lines: drawn over the fills, they show each group as one merged shape.
 */
export function groupBorders(
  model: PostalMapModel,
  groupOf: ArrayLike<number>,
): Array<Array<[number, number]>> {
  const { topology } = model.map;
  const index = model.map.areaOf;
  const areaIndex = (g: { properties?: { code: string } | null }) => index.get(g.properties!.code)!;
  const lines = mesh(topology, topology.objects.areas, (a, b) => {
    if (a === b) return true;
    return groupOf[areaIndex(a as never)] !== groupOf[areaIndex(b as never)];
  });
  return lines.coordinates as Array<Array<[number, number]>>;
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

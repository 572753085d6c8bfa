import { Delaunay } from 'd3-delaunay';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import type { PostalMapData } from './postal-map-data';

/** The postal-area map as the app uses it: codes, centres, the areas' topology. */
export interface PostalMap {
  width: number;
  height: number;
  /** Postal codes, ascending; an area's number is its place here. */
  codes: string[];
  /** Area number of each code on the map. */
  areaOf: ReadonlyMap<string, number>;
  /** Centres in map units. */
  x: Float64Array;
  y: Float64Array;
  /** `areas` holds one MultiPolygon per area, in code order (id = the code). */
  topology: Topology<{ areas: GeometryCollection<{ code: string }> }>;
}

/** Unpacks the shipped file (see postal-map-build.ts for how it was packed). */
export function readPostalMap(data: PostalMapData): PostalMap {
  const codes: string[] = [];
  let code = 0;
  for (const step of data.codeSteps) {
    code += step;
    codes.push(String(code).padStart(5, '0'));
  }
  const x = new Float64Array(codes.length);
  const y = new Float64Array(codes.length);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < codes.length; i += 1) {
    cx += data.centreSteps[2 * i]!;
    cy += data.centreSteps[2 * i + 1]!;
    x[i] = cx / 10;
    y[i] = cy / 10;
  }
  const geometries = data.areas.map((arcs, i): MultiPolygon<{ code: string }> => ({
    type: 'MultiPolygon',
    id: codes[i]!,
    properties: { code: codes[i]! },
    arcs,
  }));
  return {
    width: data.width,
    height: data.height,
    codes,
    areaOf: new Map(codes.map((c, i) => [c, i])),
    x,
    y,
    topology: {
      type: 'Topology',
      transform: data.transform,
      arcs: data.arcs,
      objects: { areas: { type: 'GeometryCollection', geometries } },
    },
  };
}

/**
 * Which areas border which (area numbers): areas that share a stretch of border. An area that
 * shares none — an island — borders the areas nearest to it across the water (its Delaunay
 * neighbours), so a territory can still reach it.
 */
export function postalNeighbours(map: PostalMap): number[][] {
  const touching = neighbors(map.topology.objects.areas.geometries);
  const lonely = touching.some((list, i) => list.every((j) => j === i));
  const delaunay = lonely
    ? new Delaunay(Float64Array.from(map.codes.flatMap((_, i) => [map.x[i]!, map.y[i]!])))
    : null;
  // An area cut in two by water may share a border with itself: that is no neighbour.
  return touching.map((list, i) => {
    const others = list.filter((j) => j !== i);
    return (others.length > 0 || !delaunay ? others : [...delaunay.neighbors(i)]).sort(
      (a, b) => a - b,
    );
  });
}

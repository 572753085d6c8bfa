// The shipped map file itself (a megabyte of data read and checked whole): integration tier.
import { Delaunay } from 'd3-delaunay';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-50m.json';
import data from '../../../../assets/geo/postal-areas.json';
import centresCsv from '../../../../assets/geo/plz_geocoord.csv?raw';
import {
  germanyProjection,
  parsePostalCentres,
  projectOutline,
  unplacedCodes,
} from '@shared/geo/postal-cells';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { insidePolygons, polygonsArea } from '@shared/geo/polygon';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { postalNeighbours, readPostalMap } from '@shared/geo/postal-map';

const map = readPostalMap(data as PostalMapData);
const areas = feature(map.topology, map.topology.objects.areas).features;
const world = atlas as unknown as Topology<{ countries: GeometryCollection }>;
const outline = (
  feature(
    world,
    world.objects.countries.geometries.find((g) => g.id === '276')!,
  ) as GeoJSON.Feature
).geometry;
const country = projectOutline(outline, germanyProjection(outline));

type Polygons = Array<Array<Array<[number, number]>>>;
const polygonsOf = (i: number) =>
  (areas[i]!.geometry as GeoJSON.MultiPolygon).coordinates as Polygons;

const inPolygons = (x: number, y: number, polygons: Polygons) => insidePolygons(polygons, x, y);

function distanceToBorder(x: number, y: number, polygons: Polygons): number {
  let best = Infinity;
  for (const ring of polygons.flat())
    for (let i = 1; i < ring.length; i += 1) {
      const [ax, ay] = ring[i - 1]!;
      const [bx, by] = ring[i]!;
      const length = (bx - ax) ** 2 + (by - ay) ** 2;
      const t =
        length === 0
          ? 0
          : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length));
      best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
    }
  return best;
}

describe('the shipped postal-area map', () => {
  it('has exactly one area for every placed postal code of the centres file, ascending', () => {
    const centres = parsePostalCentres(centresCsv);
    const unplaced = unplacedCodes(centres);
    // The geocoder's "somewhere in Germany" answer: 94 codes on one point, left off the map.
    expect(unplaced.size).toBe(94);
    expect(unplaced.has('65219')).toBe(true);
    const codes = centres.map((c) => c.code).filter((code) => !unplaced.has(code));
    expect(map.codes).toEqual([...codes].sort());
    expect(new Set(map.codes).size).toBe(8298 - 94);
    expect(areas.map((a) => a.id)).toEqual(map.codes);
    expect(areas.filter((_, i) => !(polygonsArea(polygonsOf(i)) > 0))).toEqual([]);
  });

  it('has every demo account on the map', () => {
    const demo = generateWorkspace({ asOf: '2026-11-26', accounts: 5000 });
    const off = demo.accounts.filter((a) => !map.areaOf.has(a.postalCode));
    expect(off.map((a) => a.postalCode)).toEqual([]);
  });

  it('places each centre where the projection puts the code’s coordinates', () => {
    const projection = germanyProjection(outline);
    const centres = parsePostalCentres(centresCsv);
    for (const centre of centres.filter((c, i) => i % 97 === 0 && map.areaOf.has(c.code))) {
      const i = map.areaOf.get(centre.code)!;
      const [px, py] = projection([centre.lon, centre.lat])!;
      expect(Math.abs(map.x[i]! - px)).toBeLessThan(0.06);
      expect(Math.abs(map.y[i]! - py)).toBeLessThan(0.06);
    }
  });

  it('tiles the country: the areas add up to the outline’s area within 1 %', () => {
    const sum = areas.reduce((total, _, i) => total + polygonsArea(polygonsOf(i)), 0);
    const whole = polygonsArea(country);
    expect(Math.abs(sum - whole) / whole).toBeLessThan(0.01);
  });

  it('tiles without overlaps or gaps: points across the country lie in exactly one area', () => {
    const neighbours = postalNeighbours(map);
    const projection = germanyProjection(outline);
    const byCode = new Map(parsePostalCentres(centresCsv).map((c) => [c.code, c]));
    const exact = map.codes.map((code) => {
      const { lon, lat } = byCode.get(code)!;
      return projection([lon, lat])!;
    });
    const nearestOf = Delaunay.from(exact);
    const misses: string[] = [];
    let checked = 0;
    for (let gx = 5; gx < map.width; gx += 7) {
      for (let gy = 5; gy < map.height; gy += 7) {
        if (!inPolygons(gx, gy, country as Polygons)) continue;
        // The nearest centre's area holds the point (that is what a Voronoi cell is); its
        // neighbours must not. Nearest by the exact centres: the stored ones are rounded.
        const nearest = nearestOf.find(gx, gy);
        const holders = [nearest, ...neighbours[nearest]!].filter((i) =>
          inPolygons(gx, gy, polygonsOf(i)),
        );
        checked += 1;
        // Quantization moves borders by up to a tenth of a unit: a point that close to the
        // nearest area's border may land beside it; anything farther is a real gap or overlap.
        const exactlyOne = holders.length === 1 && holders[0] === nearest;
        if (!exactlyOne && distanceToBorder(gx, gy, polygonsOf(nearest)) > 0.1)
          misses.push(
            `${gx},${gy}: ${map.codes[nearest]} held by ${holders.map((i) => map.codes[i]).join(' ')}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(misses).toEqual([]);
  });

  it('knows each area’s neighbours: shared borders both ways, islands across the water', () => {
    const neighbours = postalNeighbours(map);
    const borders = neighbors(map.topology.objects.areas.geometries);
    const oneWay: Array<[number, number]> = [];
    neighbours.forEach((list, i) => {
      expect(list.length).toBeGreaterThan(0);
      expect(list).not.toContain(i);
      for (const j of borders[i]!) if (j !== i && !borders[j]!.includes(i)) oneWay.push([i, j]);
    });
    expect(oneWay).toEqual([]);
    // Munich's old town borders the areas around it.
    const munich = neighbours[map.areaOf.get('80331')!]!.map((i) => map.codes[i]);
    expect(munich).toContain('80333');
    expect(munich.every((code) => code!.startsWith('8'))).toBe(true);
    // Heligoland shares no border; its neighbours are the nearest areas on the coast.
    const heligoland = map.areaOf.get('27498')!;
    expect(borders[heligoland]!.filter((j) => j !== heligoland)).toEqual([]);
    const across = neighbours[heligoland]!.map((i) => map.codes[i]!);
    expect(across.length).toBeGreaterThan(0);
    expect(across.every((code) => /^2[1-7]/.test(code))).toBe(true);
  });
});

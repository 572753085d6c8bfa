/** A closed ring of [x, y] points; polygons are an outer ring and holes; areas may be several. */
export type Ring = ReadonlyArray<readonly [number, number]>;
export type Polygons = ReadonlyArray<ReadonlyArray<Ring>>;

/** Even–odd test: is the point inside the ring? */
export function insideRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside one of the polygons' outer rings and none of its holes. */
export function insidePolygons(polygons: Polygons, x: number, y: number): boolean {
  return polygons.some(
    ([outer, ...holes]) =>
      insideRing(outer!, x, y) && !holes.some((hole) => insideRing(hole, x, y)),
  );
}

/** Signed area of a ring (shoelace). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1)
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum / 2;
}

/** The area of polygons (holes subtracted). */
export function polygonsArea(polygons: Polygons): number {
  return polygons.reduce(
    (sum, [outer, ...holes]) =>
      sum + Math.abs(ringArea(outer!)) - holes.reduce((h, hole) => h + Math.abs(ringArea(hole)), 0),
    0,
  );
}

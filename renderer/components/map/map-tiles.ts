import type { Box } from './map-view';

/**
 * A layer cut into tiles of the map, each with the box its shapes cover: a frame zoomed into a
 * territory draws the few tiles it shows instead of every area of the country.
 */
export interface Tile<T> {
  box: Box;
  content: T;
}

/** Tile side in map units (the map is 1000 × 1200: 8 × 10 tiles). */
const TILE = 125;

/**
 * Puts each item in the tile under its box's centre and grows that tile's box to hold it.
 * `add` builds the tile's content (a path, paths per colour) item by item.
 */
export function tileItems<T>(
  width: number,
  boxes: readonly Box[],
  items: Iterable<number>,
  make: () => T,
  add: (content: T, item: number) => void,
): Array<Tile<T>> {
  const columns = Math.max(1, Math.ceil(width / TILE));
  const tiles = new Map<number, Tile<T>>();
  for (const item of items) {
    const b = boxes[item]!;
    const column = Math.min(columns - 1, Math.max(0, Math.floor((b.x0 + b.x1) / 2 / TILE)));
    const key = Math.max(0, Math.floor((b.y0 + b.y1) / 2 / TILE)) * columns + column;
    let tile = tiles.get(key);
    if (!tile) {
      tile = { box: { x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 }, content: make() };
      tiles.set(key, tile);
    }
    tile.box.x0 = Math.min(tile.box.x0, b.x0);
    tile.box.y0 = Math.min(tile.box.y0, b.y0);
    tile.box.x1 = Math.max(tile.box.x1, b.x1);
    tile.box.y1 = Math.max(tile.box.y1, b.y1);
    add(tile.content, item);
  }
  return [...tiles.values()];
}

/** Whether two boxes share any point. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** The box around a line (or any run) of points. */
export function lineBox(line: ReadonlyArray<readonly [number, number]>): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of line) {
    if (x < box.x0) box.x0 = x;
    if (x > box.x1) box.x1 = x;
    if (y < box.y0) box.y0 = y;
    if (y > box.y1) box.y1 = y;
  }
  return box;
}

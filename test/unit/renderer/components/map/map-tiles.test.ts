import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '@renderer/components/map/map-view';
import { lineBox, overlaps, tileItems } from '@renderer/components/map/map-tiles';

const box = fc
  .tuple(
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.double({ min: 0, max: 1200, noNaN: true }),
    fc.double({ min: 0, max: 80, noNaN: true }),
    fc.double({ min: 0, max: 80, noNaN: true }),
  )
  .map(([x, y, w, h]): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

describe('map tiles', () => {
  it('puts every item in exactly one tile, and a frame draws every item it shows (property)', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 200 }), box, (boxes, view) => {
        const tiles = tileItems(
          1000,
          boxes,
          boxes.keys(),
          () => [] as number[],
          (items, item) => items.push(item),
        );
        const all = tiles.flatMap((t) => t.content).sort((a, b) => a - b);
        expect(all).toEqual([...boxes.keys()]);
        // What a frame skips: tiles whose box is out of view. Nothing in view may be among them.
        const drawn = new Set(tiles.filter((t) => overlaps(t.box, view)).flatMap((t) => t.content));
        boxes.forEach((b, item) => {
          if (overlaps(b, view)) expect(drawn.has(item)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('cuts the country into tiles, so a zoomed-in view draws a few of them', () => {
    // A grid of small areas over the whole map, as the postal areas are.
    const boxes: Box[] = [];
    for (let x = 0; x < 1000; x += 20)
      for (let y = 0; y < 1200; y += 20) boxes.push({ x0: x, y0: y, x1: x + 20, y1: y + 20 });
    const tiles = tileItems(
      1000,
      boxes,
      boxes.keys(),
      () => 0,
      () => undefined,
    );
    expect(tiles.length).toBe(80);
    const territory = { x0: 400, y0: 500, x1: 520, y1: 610 };
    expect(tiles.filter((t) => overlaps(t.box, territory)).length).toBeLessThanOrEqual(9);
  });

  it('boxes a line', () => {
    expect(
      lineBox([
        [3, 4],
        [-1, 9],
        [5, 2],
      ]),
    ).toEqual({ x0: -1, y0: 2, x1: 5, y1: 9 });
  });
});

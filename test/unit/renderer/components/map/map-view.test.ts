import { describe, expect, it } from 'vitest';
import { fitView, panBy, toMap, visibleBox, zoomAt } from '@renderer/components/map/map-view';

describe('map view', () => {
  const whole = fitView({ x0: 0, y0: 0, x1: 1000, y1: 1200 }, 600, 400);

  it('fits the country into the canvas, centred', () => {
    const box = visibleBox(whole, 600, 400);
    expect(box.y0).toBeCloseTo(-12 / whole.k, 6);
    expect(box.y1).toBeCloseTo(1200 + 12 / whole.k, 6);
    expect((box.x0 + box.x1) / 2).toBeCloseTo(500, 6);
  });

  it('zooms around the pointer: the map point under it stays under it', () => {
    const before = toMap(whole, 250, 120);
    const zoomed = zoomAt(whole, 2, 250, 120, whole);
    expect(zoomed.k).toBeCloseTo(whole.k * 2);
    const after = toMap(zoomed, 250, 120);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[1]).toBeCloseTo(before[1]);
  });

  it('never zooms out past the whole country or in past the street level', () => {
    expect(zoomAt(whole, 0.1, 300, 200, whole).k).toBeCloseTo(whole.k);
    let view = whole;
    for (let i = 0; i < 20; i += 1) view = zoomAt(view, 2, 300, 200, whole);
    expect(view.k).toBeCloseTo(whole.k * 40);
  });

  it('pans by the pointer’s movement', () => {
    const moved = panBy(whole, 30, -10);
    const [x, y] = toMap(moved, 330, 190);
    const [x0, y0] = toMap(whole, 300, 200);
    expect(x).toBeCloseTo(x0);
    expect(y).toBeCloseTo(y0);
  });
});

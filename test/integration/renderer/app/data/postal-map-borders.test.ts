import { readFileSync } from 'node:fs';
import { mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { buildModel, groupBorders } from '@renderer/app/data/postal-map';

const model = buildModel(
  JSON.parse(readFileSync('assets/geo/postal-areas.json', 'utf8')) as PostalMapData,
);
const length = (lines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>) =>
  lines.reduce(
    (sum, line) =>
      sum +
      line.slice(1).reduce((s, [x, y], i) => s + Math.hypot(x - line[i]![0], y - line[i]![1]), 0),
    0,
  );
/** TopoJSON's own mesh for the same grouping: the borders the map drew before. */
const meshOf = (groupOf: ArrayLike<number>) => {
  const { topology } = model.map;
  const areaOf = (g: unknown) =>
    model.map.areaOf.get((g as { properties: { code: string } }).properties.code)!;
  return mesh(
    topology,
    topology.objects.areas,
    (a, b) => a === b || groupOf[areaOf(a)] !== groupOf[areaOf(b)],
  ).coordinates as Array<Array<[number, number]>>;
};

describe('borders between groups of postal areas', () => {
  const n = model.map.codes.length;
  it.each([
    ['one group: the outline only', new Int32Array(n)],
    ['every area its own group: every border', Int32Array.from({ length: n }, (_, i) => i)],
    ['the 2-digit zones', Int32Array.from(model.map.codes, (code) => Number(code.slice(0, 2)))],
    [
      'areas without a group (-1) beside grouped ones',
      Int32Array.from(model.map.codes, (code) => (code < '50000' ? -1 : 1)),
    ],
  ])('%s: the same lines as TopoJSON’s mesh', (_, groupOf) => {
    const ours = groupBorders(model, groupOf);
    const theirs = meshOf(groupOf);
    expect(length(ours)).toBeCloseTo(length(theirs), 3);
    expect(ours.length).toBeGreaterThanOrEqual(theirs.length);
  });

  it('leaves out every border inside a group', () => {
    const all = groupBorders(
      model,
      Int32Array.from({ length: n }, (_, i) => i),
    );
    const outline = groupBorders(model, new Int32Array(n));
    expect(outline.length).toBeLessThan(all.length / 10);
    expect(length(outline)).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  colourGroups,
  NO_DATA,
  quantileScale,
  SEQUENTIAL,
} from '@renderer/components/map/colour-scale';

describe('map colour scales', () => {
  it('splits skewed figures into classes of equal count, lowest value the lightest colour', () => {
    // Ninety small areas and ten large ones: equal-width classes would paint 90 % one colour.
    const values = [
      ...Array.from({ length: 90 }, (_, i) => i),
      ...Array.from({ length: 10 }, (_, i) => 10_000 * (i + 1)),
    ];
    const scale = quantileScale(values);
    expect(scale.colours).toEqual(SEQUENTIAL);
    const counts = new Map<string, number>();
    for (const v of values) counts.set(scale.colourOf(v), (counts.get(scale.colourOf(v)) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(15);
    expect(scale.colourOf(0)).toBe(SEQUENTIAL[0]);
    expect(scale.colourOf(100_000)).toBe(SEQUENTIAL.at(-1));
    expect(scale.breaks).toEqual([...scale.breaks].sort((a, b) => a - b));
  });

  it('leaves areas without data uncoloured and never makes empty classes', () => {
    const scale = quantileScale([NaN, 5, 5, 5, NaN]);
    expect(scale.colourOf(NaN)).toBe(NO_DATA);
    expect(scale.breaks).toEqual([]);
    expect(scale.colours).toHaveLength(1);
    expect(scale.colourOf(5)).toBe(SEQUENTIAL[0]);
    expect(quantileScale([]).colourOf(3)).toBe(SEQUENTIAL[0]);
  });

  it('gives bordering groups different colours while the palette has enough', () => {
    // A wheel: one hub touching six around it, each touching its two neighbours.
    const rim = ['a', 'b', 'c', 'd', 'e', 'f'];
    const touching = new Map<string, Set<string>>([['hub', new Set(rim)]]);
    rim.forEach((g, i) => touching.set(g, new Set(['hub', rim[(i + 1) % 6]!, rim[(i + 5) % 6]!])));
    const colours = colourGroups(['hub', ...rim], touching);
    for (const [group, around] of touching)
      for (const other of around) expect(colours.get(group)).not.toBe(colours.get(other));
    expect([...colours.values()].every((c) => (CATEGORIES as readonly string[]).includes(c))).toBe(
      true,
    );
  });
});

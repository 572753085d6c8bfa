import { describe, expect, it } from 'vitest';
import type { Territory } from '@shared/domain/territory';
import { areaFigures } from '@shared/geo/area-figures';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { buildTerritoryIndex } from '@shared/territory/territory-index';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import { NO_DATA } from '@renderer/components/map/colour-scale';
import { colourAreas, territoryOfAreas } from '@renderer/components/map/map-colouring';

// Four areas in a row: 1 borders 2 borders 3 borders 4.
const codes = ['80331', '80333', '80335', '90402'];
const model = {
  map: { codes, areaOf: new Map(codes.map((c, i) => [c, i])) },
  neighbours: [[1], [0, 2], [1, 3], [2]],
} as unknown as PostalMapModel;
const territory = (
  id: string,
  parentId: string | null,
  ownerId: string | null,
  from: string,
): Territory => ({
  id,
  name: id,
  kind: parentId ? 'territory' : 'region',
  parentId,
  ownerId,
  mentorId: null,
  rules: from ? [{ kind: 'prefix', from }] : [],
});
const territories = [
  territory('south', null, null, ''),
  territory('munich-a', 'south', 'anna', '80331'),
  territory('munich-b', 'south', 'anna', '8033'),
];
const territoryOf = territoryOfAreas(model, territories, buildTerritoryIndex(territories));
const figures = areaFigures(
  [
    {
      postalCode: '80331',
      city: 'München',
      segment: 'A',
      potentialCents: 100_00,
      priorYearRevenueCents: 20_00,
    },
    {
      postalCode: '80333',
      city: 'München',
      segment: 'C',
      potentialCents: 50_00,
      priorYearRevenueCents: 50_00,
    },
  ],
  model.map.areaOf,
  4,
  DEFAULT_SEGMENT_WEIGHTS,
);

describe('map colouring', () => {
  it('finds each area’s territory by the rules, most specific first', () => {
    expect([...territoryOf]).toEqual([1, 2, 2, -1]);
  });

  it('colours bordering territories apart and areas without one as no data', () => {
    const { fills, groupOf, groups } = colourAreas(
      'territory',
      model,
      territoryOf,
      territories,
      figures,
    );
    expect(fills[0]).not.toBe(fills[1]);
    expect(fills[1]).toBe(fills[2]);
    expect(fills[3]).toBe(NO_DATA);
    expect([...groupOf]).toEqual([0, 1, 1, -1]);
    expect(groups).toBe(2);
  });

  it('by owner or region, one colour and no border between areas of the same one', () => {
    for (const colouring of ['owner', 'region'] as const) {
      const { fills, groupOf } = colourAreas(colouring, model, territoryOf, territories, figures);
      expect(fills[0]).toBe(fills[2]);
      expect(groupOf[0]).toBe(groupOf[2]);
      expect(fills[3]).toBe(NO_DATA);
    }
  });

  it('by a figure: the area with more untapped potential is darker; areas without accounts are blank', () => {
    const { fills, values, scale } = colourAreas(
      'whiteSpace',
      model,
      territoryOf,
      territories,
      figures,
    );
    expect([...values!]).toEqual([80_00, 0, NaN, NaN]);
    expect(scale!.colours.indexOf(fills[0]!)).toBeGreaterThan(scale!.colours.indexOf(fills[1]!));
    expect(fills[2]).toBe(NO_DATA);
  });
});

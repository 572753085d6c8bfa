import { describe, expect, it } from 'vitest';
import type { PostalRule, Territory } from '@shared/domain/territory';
import { movedAccountsByArea, movedAreas } from '@shared/geo/moved-areas';

const territory = (id: string, ownerId: string | null, rules: PostalRule[]): Territory => ({
  id,
  name: id,
  kind: 'territory',
  parentId: null,
  ownerId,
  mentorId: null,
  rules,
});
const prefix = (from: string): PostalRule => ({ kind: 'prefix', from });

describe('postal areas that change hands between two sets of territories', () => {
  const codes = ['80331', '80333', '81241', '90402', '10115'];
  const live = [
    territory('munich', 'anna', [prefix('8')]),
    territory('nuremberg', 'ben', [prefix('9')]),
  ];

  it('lists nothing when nothing changes', () => {
    expect(movedAreas(codes, live, live)).toEqual([]);
  });

  it('lists an area that goes to another territory, with both owners', () => {
    const after = [
      territory('munich', 'anna', [prefix('80')]),
      territory('nuremberg', 'ben', [prefix('9'), prefix('81')]),
    ];
    expect(movedAreas(codes, live, after)).toEqual([
      { area: 2, from: 'munich', to: 'nuremberg', fromOwner: 'anna', toOwner: 'ben' },
    ]);
  });

  it('lists every area of a territory whose owner changes, and areas that lose their territory', () => {
    const after = [territory('munich', 'carla', [prefix('80')]), live[1]!];
    expect(movedAreas(codes, live, after)).toEqual([
      { area: 0, from: 'munich', to: 'munich', fromOwner: 'anna', toOwner: 'carla' },
      { area: 1, from: 'munich', to: 'munich', fromOwner: 'anna', toOwner: 'carla' },
      { area: 2, from: 'munich', to: null, fromOwner: 'anna', toOwner: null },
    ]);
  });
});

describe('accounts that change owner, per postal area', () => {
  it('counts the moved accounts of each area and leaves out codes not on the map', () => {
    const areaOf = new Map([
      ['80331', 0],
      ['90402', 1],
    ]);
    const codes = ['80331', '90402', '80331', '99999', '80331'].map((postalCode) => ({
      postalCode,
    }));
    expect([...movedAccountsByArea(codes, [0, 2, 3], areaOf, 2)]).toEqual([2, 0]);
    expect([...movedAccountsByArea(codes, [], areaOf, 2)]).toEqual([0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { contiguousInput } from '@shared/balancer/contiguous/contiguous-input';
import { DEFAULT_MIX, PINNED } from '@shared/balancer/problem';
import type { Territory } from '@shared/domain/territory';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';

const territory = (id: string, ownerId: string | null, from: string): Territory => ({
  id,
  name: id,
  kind: 'territory',
  parentId: null,
  ownerId,
  mentorId: null,
  rules: [{ kind: 'prefix', from }],
});

describe('contiguousInput', () => {
  it('lets an account follow its postal area only where it is its territory owner’s, unpinned and on the map', () => {
    const codes = ['10001', '10002', '20001'];
    const neighbours = [[1], [0, 2], [1]];
    const territories = [
      territory('t1', 'a', '1'),
      territory('t2', 'b', '2'),
      // The most specific rule wins: 10002 belongs to someone not chosen.
      territory('t3', 'x', '10002'),
    ];
    const account = (postalCode: string) => ({
      postalCode,
      segment: 'C' as const,
      strategic: false,
      status: 'prospect' as const,
      potentialCents: 100,
      priorYearRevenueCents: 0,
    });
    const accounts = [
      account('10001'), // a's area: follows it
      account('10001'), // pinned to a: stays
      account('20001'), // b's area, but held by a: stays (outside its owner's territory)
      account('99999'), // not on the map: stays
      account('10002'), // held by x, not chosen: not part of the balance
      account('20001'), // b's area: follows it
    ];
    const input = contiguousInput(
      accounts,
      ['a', 'a', 'a', 'a', 'x', 'b'],
      [false, true, false, false, false, false],
      territories,
      [
        { id: 'a', level: 'senior', capacity: 0 },
        { id: 'b', level: 'junior', capacity: 0 },
      ],
      DEFAULT_SEGMENT_WEIGHTS,
      {
        target: 'potential',
        mix: DEFAULT_MIX,
        tolerance: 0.05,
        prefixDigits: 3,
        respectCapacity: false,
      },
      codes,
      neighbours,
    );
    expect([...input.territories.owner]).toEqual([0, -1, 1]);
    expect(input.areaTerritory).toEqual(['t1', 't3', 't2']);
    expect([...input.problem.group!]).toEqual([0, -1, -1, -1, -1, 2]);
    expect([...input.problem.owner]).toEqual([0, 0, 0, 0, -1, 1]);
    expect([...input.problem.flags].map((f) => f & PINNED)).toEqual([
      0,
      PINNED,
      PINNED,
      PINNED,
      0,
      0,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { addLoads, DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { SORT_KEYS } from '@renderer/app/data/account-query';
import { computeAllLoads } from '@renderer/app/data/balance-loads';
import { prepareShow } from '@renderer/app/data/prepared-show';

const { accounts, members } = generateWorkspace({ asOf: '2026-11-26', accounts: 600, months: 1 });
const indexById = new Map(accounts.map((a, i) => [a.id, i]));
/** Every fifth account moved to another member. */
const moved = accounts
  .filter((_, i) => i % 5 === 0)
  .map((a, i) => ({ ...a, ownerId: members[i % members.length]!.id }));

describe('prepareShow', () => {
  it('places each moved account and works out the sums a fresh count gives', () => {
    const loads = computeAllLoads(accounts, DEFAULT_SEGMENT_WEIGHTS);
    const prepared = prepareShow(accounts, indexById, 7, loads, moved)!;
    expect(prepared.version).toBe(7);
    expect(Array.from(prepared.places, (at) => accounts[at]!.id)).toEqual(moved.map((a) => a.id));
    // A move changes no column the table sorts by.
    expect([...prepared.unsorted].sort()).toEqual([...SORT_KEYS].sort());

    const after = accounts.map((a) => moved.find((m) => m.id === a.id) ?? a);
    const fresh = computeAllLoads(after, DEFAULT_SEGMENT_WEIGHTS);
    addLoads(loads.byMember, prepared.differences!.byMember);
    addLoads(loads.byTerritory, prepared.differences!.byTerritory);
    for (const [id, load] of fresh.byMember) expect(loads.byMember.get(id)).toEqual(load);
    for (const [id, load] of fresh.byTerritory) expect(loads.byTerritory.get(id)).toEqual(load);
  });

  it('keeps the sort keys a change touches out of the unsorted ones', () => {
    const richer = [{ ...accounts[3]!, potentialCents: accounts[3]!.potentialCents + 1 }];
    const prepared = prepareShow(accounts, indexById, 1, null, richer)!;
    expect(prepared.unsorted.has('potential')).toBe(false);
    expect(prepared.unsorted.has('name')).toBe(true);
    expect(prepared.differences).toBeNull();
  });

  it('prepares nothing for an account listed twice, renamed, or not loaded', () => {
    const twice = [moved[0]!, { ...moved[0]!, ownerId: null }];
    const renamed = [{ ...accounts[1]!, name: `${accounts[1]!.name} neu` }];
    const unknown = [{ ...accounts[1]!, id: 'not-loaded' }];
    for (const rows of [twice, renamed, unknown])
      expect(prepareShow(accounts, indexById, 1, null, rows)).toBeNull();
  });
});

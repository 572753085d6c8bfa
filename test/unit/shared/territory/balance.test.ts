import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import {
  balanceReport,
  computeLoads,
  DEFAULT_SEGMENT_WEIGHTS,
  moveAccount,
} from '@shared/territory/balance';
import { accountWarning, memberWarnings } from '@shared/territory/policy';

const member = (
  id: string,
  capacity = 100,
  level: 'junior' | 'senior' = 'senior',
  supervisorId: string | null = null,
) => ({
  id,
  name: id,
  nameKey: id,
  email: '',
  level,
  supervisorId,
  capacity,
  hireDate: '2020-01-01',
  homeRegion: '',
  active: true,
});
const account = (
  ownerId: string | null,
  segment: 'A' | 'B' | 'C',
  potentialCents: number,
  priorYearRevenueCents = 0,
) => ({
  ownerId,
  segment,
  potentialCents,
  priorYearRevenueCents,
});

describe('computeLoads and balanceReport', () => {
  const accounts = [
    account('a', 'A', 1_000_00, 500_00),
    account('a', 'C', 100_00),
    account('b', 'B', 400_00),
    account(null, 'A', 9),
  ];

  it('sums accounts, potential, revenue and segment-weighted workload per member', () => {
    const loads = computeLoads(accounts, ['a', 'b'], DEFAULT_SEGMENT_WEIGHTS);
    expect(loads.get('a')).toEqual({
      memberId: 'a',
      accounts: 2,
      potentialCents: 110_000,
      priorYearRevenueCents: 50_000,
      workload: 14,
    });
    expect(loads.get('b')).toMatchObject({ accounts: 1, workload: 6 });
  });

  it('reports the mean, the ±10 % band, each deviation and capacity use', () => {
    const loads = computeLoads(accounts, ['a', 'b'], DEFAULT_SEGMENT_WEIGHTS);
    const report = balanceReport(loads, [member('a', 10), member('b', 12)], 'potential');
    expect(report.mean).toBe(75_000);
    expect(report.band).toEqual({ low: 67_500, high: 82_500 });
    expect(report.rows).toEqual([
      {
        memberId: 'a',
        value: 110_000,
        deviation: expect.closeTo(35_000 / 75_000, 10),
        capacityUse: 1.4,
      },
      {
        memberId: 'b',
        value: 40_000,
        deviation: expect.closeTo(-35_000 / 75_000, 10),
        capacityUse: 0.5,
      },
    ]);
  });

  it('leaves inactive members out and handles an empty team', () => {
    const loads = computeLoads(accounts, ['a', 'b'], DEFAULT_SEGMENT_WEIGHTS);
    expect(
      balanceReport(loads, [{ ...member('a'), active: false }, member('b')], 'accounts').rows,
    ).toHaveLength(1);
    expect(balanceReport(new Map(), [], 'workload')).toMatchObject({ mean: 0, rows: [] });
  });

  it('moving accounts incrementally gives the same loads as recounting (property)', () => {
    const demo = generateWorkspace({ asOf: '2026-11-26', accounts: 300, months: 1 });
    const ids = demo.members.map((m) => m.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(299), fc.option(fc.constantFrom(...ids), { nil: null })), {
          maxLength: 60,
        }),
        (moves) => {
          const owned = demo.accounts.map((a) => ({ ...a }));
          const loads = computeLoads(owned, ids, DEFAULT_SEGMENT_WEIGHTS);
          for (const [index, to] of moves) {
            const target = owned[index]!;
            moveAccount(loads, target, target.ownerId, to, DEFAULT_SEGMENT_WEIGHTS);
            target.ownerId = to;
          }
          expect(loads).toEqual(computeLoads(owned, ids, DEFAULT_SEGMENT_WEIGHTS));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('policy warnings', () => {
  const senior = member('s', 20);
  const junior = member('j', 5, 'junior', 's');
  const byId = new Map([senior, junior].map((m) => [m.id, m]));

  it('flags a Large or Strategic account owned by a Junior, and nothing else', () => {
    expect(accountWarning({ id: 'x', ownerId: 'j', segment: 'A', strategic: false }, byId)).toEqual(
      {
        kind: 'large-account-with-junior',
        accountId: 'x',
        memberId: 'j',
      },
    );
    expect(
      accountWarning({ id: 'x', ownerId: 'j', segment: 'C', strategic: true }, byId)?.kind,
    ).toBe('large-account-with-junior');
    expect(
      accountWarning({ id: 'x', ownerId: 's', segment: 'A', strategic: true }, byId),
    ).toBeNull();
    expect(
      accountWarning({ id: 'x', ownerId: 'j', segment: 'B', strategic: false }, byId),
    ).toBeNull();
    expect(
      accountWarning({ id: 'x', ownerId: null, segment: 'A', strategic: false }, byId),
    ).toBeNull();
  });

  it('flags members over capacity and Juniors without an active Senior', () => {
    const loads = computeLoads(
      [account('j', 'A', 1), account('s', 'C', 1)],
      ['s', 'j'],
      DEFAULT_SEGMENT_WEIGHTS,
    );
    expect(memberWarnings([senior, junior], loads)).toEqual([
      { kind: 'over-capacity', memberId: 'j', capacityUse: 12 / 5 },
    ]);
    expect(memberWarnings([{ ...senior, active: false }, junior], loads)).toContainEqual({
      kind: 'junior-without-senior',
      memberId: 'j',
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLargeOrStrategic } from '@shared/domain/account';
import { validateTeamMember } from '@shared/domain/team-member';
import { DEMO_SIZE, generateWorkspace } from '@shared/demo/generate-workspace';
import { monthsBefore } from '@shared/demo/months';

const asOf = '2026-11-26';

describe('generateWorkspace', () => {
  const demo = generateWorkspace({ asOf });

  it('makes the demo size: 12 members, 4 regions, 2,000 accounts, 24 months of actuals', () => {
    expect(demo.members).toHaveLength(DEMO_SIZE.members);
    expect(demo.territories.filter((t) => t.kind === 'region').map((t) => t.name)).toEqual([
      'Ost',
      'Nord',
      'West',
      'Süd',
    ]);
    expect(demo.accounts).toHaveLength(2000);
    expect(demo.actuals).toHaveLength(12 * 24);
    expect(new Set(demo.actuals.map((a) => a.month)).size).toBe(24);
    expect(demo.actuals.at(-1)?.month).toBe('2026-10');
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateWorkspace({ asOf })).toEqual(demo);
    expect(generateWorkspace({ asOf, seed: 7 }).accounts[0]).not.toEqual(demo.accounts[0]);
  });

  it('gives every Junior an active Senior supervisor, so the team passes its own validation', () => {
    for (const m of demo.members) {
      const others = demo.members.filter((o) => o.id !== m.id);
      expect(validateTeamMember(m, others).ok, m.name).toBe(true);
    }
    expect(demo.members.some((m) => m.level === 'junior')).toBe(true);
  });

  it('produces valid accounts: 5-digit postal codes, integer cents, revenue not above potential', () => {
    for (const a of demo.accounts) {
      expect(a.postalCode).toMatch(/^\d{5}$/);
      expect(Number.isInteger(a.potentialCents) && a.potentialCents > 0).toBe(true);
      expect(Number.isInteger(a.priorYearRevenueCents)).toBe(true);
      expect(a.priorYearRevenueCents).toBeLessThanOrEqual(a.potentialCents);
      expect(
        a.status === 'prospect'
          ? a.satisfaction === null
          : a.satisfaction! >= 1 && a.satisfaction! <= 5,
      ).toBe(true);
    }
    expect(new Set(demo.accounts.map((a) => a.externalId)).size).toBe(2000);
    expect(new Set(demo.accounts.map((a) => a.segment))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('mostly keeps large accounts with Seniors (pinned), as the seed says', () => {
    const levels = new Map(demo.members.map((m) => [m.id, m.level]));
    const large = demo.accounts.filter(isLargeOrStrategic);
    const withSenior = large.filter((a) => levels.get(a.ownerId!) === 'senior');
    expect(withSenior.length / large.length).toBeGreaterThan(0.85);
    expect(demo.accounts.some((a) => a.pinnedOwnerId !== null)).toBe(true);
  });

  it('assigns every account in a territory to that territory’s owner unless pinned', () => {
    const owners = new Map(demo.territories.map((t) => [t.id, t.ownerId]));
    for (const a of demo.accounts) {
      expect(a.ownerId).toBe(a.pinnedOwnerId ?? owners.get(a.territoryId!));
    }
  });

  it('splits actuals into new and existing business, both non-negative integers', () => {
    for (const a of demo.actuals) {
      expect(Number.isInteger(a.newBusinessCents) && a.newBusinessCents >= 0).toBe(true);
      expect(Number.isInteger(a.existingBusinessCents) && a.existingBusinessCents >= 0).toBe(true);
    }
  });

  it('scales to the largest size: 250,000 accounts and 500 members, each with a territory', () => {
    const big = generateWorkspace({ asOf, accounts: 250_000, members: 500, months: 1 });
    expect(big.accounts).toHaveLength(250_000);
    expect(big.members).toHaveLength(500);
    const territoryOwners = new Set(big.territories.map((t) => t.ownerId).filter(Boolean));
    expect(territoryOwners.size).toBe(500);
    expect(big.accounts.every((a) => a.ownerId !== null)).toBe(true);
  });

  it('holds its invariants for any size (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer(),
        (members, accounts, seed) => {
          const ws = generateWorkspace({ asOf, members, accounts, months: 3, seed });
          expect(ws.members).toHaveLength(members);
          expect(ws.accounts).toHaveLength(accounts);
          expect(new Set(ws.members.map((m) => m.nameKey)).size).toBe(members);
          const ids = new Set(ws.members.map((m) => m.id));
          for (const m of ws.members)
            if (m.level === 'junior') expect(ids.has(m.supervisorId!)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses sizes beyond what it supports', () => {
    expect(() => generateWorkspace({ asOf, accounts: 250_001 })).toThrow(RangeError);
    expect(() => generateWorkspace({ asOf, members: -1 })).toThrow(RangeError);
  });
});

describe('monthsBefore', () => {
  it('lists the months before the given date, across year ends', () => {
    expect(monthsBefore('2027-02-10', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsBefore('2026-01-01', 0)).toEqual([]);
  });
});

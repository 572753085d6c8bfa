import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Territory } from '@shared/domain/territory';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { groupPlacements, previewAssignment } from '@shared/territory/rule-change-preview';
import { buildTerritoryIndex } from '@shared/territory/territory-index';

const demo = generateWorkspace({ asOf: '2026-11-26', accounts: 1500, months: 1 });

describe('previewAssignment', () => {
  it('changes nothing for the territories the accounts were placed by', () => {
    expect(previewAssignment(demo.accounts, demo.territories)).toMatchObject({
      changes: [],
      flows: [],
      conflicts: [],
    });
  });

  it('shows who gains and loses when a rule moves to another territory', () => {
    const [from, to] = demo.territories.filter(
      (t) => t.kind === 'territory' && t.rules.length > 0,
    ) as [Territory, Territory];
    const moved = from.rules[0]!;
    const edited = demo.territories.map((t) =>
      t.id === from.id
        ? { ...t, rules: t.rules.slice(1) }
        : t.id === to.id
          ? { ...t, rules: [...t.rules, moved] }
          : t,
    );
    const preview = previewAssignment(demo.accounts, edited);
    const inRule = demo.accounts.filter(
      (a) => a.territoryId === from.id && a.postalCode.startsWith(moved.from),
    );
    expect(preview.changes).toHaveLength(inRule.length);
    const unpinned = inRule.filter((a) => !a.pinnedOwnerId).length;
    expect(preview.flows).toEqual(
      unpinned ? [{ from: from.ownerId, to: to.ownerId, accounts: unpinned }] : [],
    );
  });

  it('keeps pinned accounts with their member whatever the rules say (property)', () => {
    const members = demo.members.map((m) => m.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1499), fc.constantFrom(...members)), { maxLength: 40 }),
        fc.nat(demo.territories.length - 1),
        (pins, dropped) => {
          const accounts = demo.accounts.map((a) => ({ ...a }));
          for (const [i, member] of pins) accounts[i]!.pinnedOwnerId = member;
          const territories = demo.territories.map((t, i) =>
            i === dropped ? { ...t, rules: [] } : t,
          );
          const preview = previewAssignment(accounts, territories);
          const placed = new Map(
            accounts.map((a) => [a.id, { territoryId: a.territoryId, ownerId: a.ownerId }]),
          );
          for (const change of preview.changes) placed.set(change.id, change);
          const index = buildTerritoryIndex(territories);
          for (const account of accounts) {
            const expected =
              account.pinnedOwnerId ??
              territories.find((t) => t.id === index.territoryOf(account.postalCode))?.ownerId ??
              null;
            expect(placed.get(account.id)!.ownerId).toBe(expected);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('counts the accounts no rule covers', () => {
    const noRules = demo.territories.map((t) => ({ ...t, rules: [] }));
    const pinned = demo.accounts.filter((a) => a.pinnedOwnerId).length;
    expect(previewAssignment(demo.accounts, noRules).unassigned).toBe(
      demo.accounts.length - pinned,
    );
  });

  it('previews the same by postal-code groups as account by account (property)', () => {
    const members = demo.members.map((m) => m.id);
    const ids = demo.territories.map((t) => t.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1499), fc.constantFrom(...members)), { maxLength: 30 }),
        // Accounts whose stored territory is out of date (e.g. after a conflicting import).
        fc.array(fc.tuple(fc.nat(1499), fc.constantFrom(...ids)), { maxLength: 30 }),
        fc.nat(demo.territories.length - 1),
        fc.option(fc.constantFrom(...members), { nil: null }),
        fc.nat(demo.territories.length - 1),
        // Whether the accounts already show the new owner (e.g. an unowned territory's).
        fc.boolean(),
        // Codes that are not five digits (foreign, mistyped) are grouped too.
        fc.array(fc.tuple(fc.nat(1499), fc.constantFrom('1234', 'A-1010', '8033x', '')), {
          maxLength: 12,
        }),
        (pins, stale, dropped, newOwner, reowned, settled, odd) => {
          const accounts = demo.accounts.map((a) =>
            settled && a.territoryId === demo.territories[reowned]!.id && !a.pinnedOwnerId
              ? { ...a, ownerId: newOwner }
              : { ...a },
          );
          for (const [i, member] of pins) accounts[i]!.pinnedOwnerId = member;
          for (const [i, territoryId] of stale) accounts[i]!.territoryId = territoryId;
          for (const [i, code] of odd) accounts[i]!.postalCode = code;
          const territories = demo.territories.map((t, i) => ({
            ...t,
            rules: i === dropped ? [] : t.rules,
            ownerId: i === reowned ? newOwner : t.ownerId,
          }));
          const plain = previewAssignment(accounts, territories);
          const grouped = previewAssignment(groupPlacements(accounts), territories);
          const pairs = (p: typeof plain) =>
            p.changes.map((c, i) => JSON.stringify([c, p.before[i]])).sort();
          expect(pairs(grouped)).toEqual(pairs(plain));
          const flows = (p: typeof plain) =>
            p.flows.map((f) => `${f.from}>${f.to}:${f.accounts}`).sort();
          expect(flows(grouped)).toEqual(flows(plain));
          expect(grouped.unassigned).toBe(plain.unassigned);
          expect(grouped.conflicts).toEqual(plain.conflicts);
        },
      ),
      { numRuns: 40 },
    );
  });
});

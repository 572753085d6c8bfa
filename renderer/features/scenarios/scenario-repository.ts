import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '@shared/domain/account';
import type { ScenarioChange } from '@shared/scenario/apply';
import { ownershipMove, ownershipVerdict } from '@shared/commands/policy';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';
import type { MessageKey } from '@shared/i18n/messages.en';
import {
  joinScenario,
  splitScenario,
  type Scenario,
  type ScenarioHeader,
} from '@shared/scenario/scenario';
import { db } from '@renderer/db/db';

/** Every scenario without its pins, oldest first (what the list shows). */
export function useScenarioList(): ScenarioHeader[] | undefined {
  return useLiveQuery(() => db.scenarios.orderBy('createdAt').toArray(), []);
}

/** One whole scenario (null: none or not found; undefined: still loading), kept current. */
export function useScenario(id: string | null): Scenario | null | undefined {
  return useLiveQuery(() => (id ? loadScenario(id) : null), [id]);
}

export async function loadScenario(id: string): Promise<Scenario | null> {
  return db.transaction('r', db.scenarios, db.scenarioPins, async () => {
    const header = await db.scenarios.get(id);
    return header ? joinScenario(header, await db.scenarioPins.get(id)) : null;
  });
}

/** Saves a new or changed scenario (a what-if: anyone may); undo puts back what was there. */
export function saveScenarioCommand(scenario: Scenario, label: MessageKey): Command {
  return {
    name: 'scenarios.save',
    label,
    labelParams: { name: scenario.name },
    tables: ['scenarios', 'scenarioPins'],
    decide: () => ({ verdict: { kind: 'allowed' } }),
    async apply({ write, now }) {
      const { header, pins } = splitScenario({ ...scenario, updatedAt: now.toISOString() });
      await write.put('scenarios', [header as unknown as Row]);
      await write.put('scenarioPins', [pins as unknown as Row]);
    },
  };
}

/** Discards a scenario (the live assignment is untouched); undo brings it back. */
export function discardScenarioCommand(scenario: Pick<Scenario, 'id' | 'name'>): Command {
  return {
    name: 'scenarios.discard',
    label: 'scenarios.history.discard',
    labelParams: { name: scenario.name },
    tables: ['scenarios', 'scenarioPins'],
    decide: () => ({ verdict: { kind: 'allowed' } }),
    async apply({ write }) {
      await write.delete('scenarios', [scenario.id]);
      await write.delete('scenarioPins', [scenario.id]);
    },
  };
}

/**
 * Makes a scenario the live assignment: territories and every account it places elsewhere, in
 * one transaction. Moving accounts is an ownership decision: a Senior or the lead applies at
 * once (undoable, in the audit trail); a Junior's becomes a request for their Senior.
 * `approved`: applying an approved request — each account must still be with its old owner.
 */
export function applyScenarioCommand(change: ScenarioChange, approved = false): Command<number> {
  let rows: Account[] = [];
  return {
    name: 'scenarios.apply',
    label: 'scenarios.history.apply',
    labelParams: { name: change.name },
    tables: ['accounts', 'territories'],
    async decide({ db, actor }) {
      rows = (await db.accounts.bulkGet(change.placements.map((p) => p.id))).filter(
        (a): a is Account => a !== undefined,
      );
      const byId = new Map(rows.map((a) => [a.id, a]));
      if (approved && change.placements.some((p) => byId.get(p.id)?.ownerId !== p.fromOwnerId))
        return { verdict: { kind: 'refused', reason: 'approvals.stale' } };
      const moves = change.placements.flatMap((p) => {
        const account = byId.get(p.id);
        return account ? [ownershipMove(account, p.ownerId)] : [];
      });
      return {
        verdict: ownershipVerdict(actor, moves),
        ...(approved ? {} : { record: { kind: 'scenario' as const, change } }),
      };
    },
    async apply({ write }) {
      await write.delete('territories', change.removedTerritoryIds);
      await write.put('territories', change.territories as unknown as Row[]);
      const place = new Map(change.placements.map((p) => [p.id, p]));
      const after = rows.map((a) => {
        const { territoryId, ownerId, pinnedOwnerId } = place.get(a.id)!;
        return { ...a, territoryId, ownerId, pinnedOwnerId };
      });
      await write.put('accounts', after as unknown as Row[], rows as unknown as Row[]);
      return after.length;
    },
  };
}

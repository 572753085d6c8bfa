import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../shared/domain/account';
import { decisionRoute, routedApproval } from '../../../shared/domain/reassignment';
import type { ScenarioApplication } from '../../../shared/scenario/apply';
import {
  joinScenario,
  splitScenario,
  type Scenario,
  type ScenarioHeader,
} from '../../../shared/scenario/scenario';
import { db } from '../../db/db';
import type { UndoableChange } from '../../store/slices/history';

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

function put(scenario: Scenario): Promise<void> {
  const { header, pins } = splitScenario(scenario);
  return db.transaction('rw', db.scenarios, db.scenarioPins, async () => {
    await db.scenarios.put(header);
    await db.scenarioPins.put(pins);
  });
}

function remove(id: string): Promise<void> {
  return db.transaction('rw', db.scenarios, db.scenarioPins, async () => {
    await db.scenarios.delete(id);
    await db.scenarioPins.delete(id);
  });
}

/** Saves a new or changed scenario; undo puts back what was there (or removes a new one). */
export async function saveScenario(
  scenario: Scenario,
  label: UndoableChange['label'],
): Promise<UndoableChange> {
  const before = await loadScenario(scenario.id);
  const after = { ...scenario, updatedAt: new Date().toISOString() };
  await put(after);
  return {
    label,
    labelParams: { name: scenario.name },
    undo: () => (before ? put(before) : remove(scenario.id)),
    redo: () => put(after),
  };
}

/** Discards a scenario (the live assignment is untouched); undo brings it back. */
export async function discardScenario(scenario: Scenario): Promise<UndoableChange> {
  await remove(scenario.id);
  return {
    label: 'scenarios.history.discard',
    labelParams: { name: scenario.name },
    undo: () => put(scenario),
    redo: () => remove(scenario.id),
  };
}

const ROWS_PER_PUT = 2_000;

/**
 * Writes a scenario's territories and account places into the live assignment. Runs inside the
 * caller's transaction (territories and accounts), so an approval and its effect land together.
 */
export async function writeScenarioChange(change: ScenarioApplication['previous']): Promise<void> {
  if (change.removedTerritoryIds.length)
    await db.territories.bulkDelete(change.removedTerritoryIds);
  if (change.territories.length) await db.territories.bulkPut(change.territories);
  for (let start = 0; start < change.placements.length; start += ROWS_PER_PUT) {
    const part = change.placements.slice(start, start + ROWS_PER_PUT);
    const rows = await db.accounts.bulkGet(part.map((p) => p.id));
    const updated = rows.flatMap((row, i) => {
      const { id, territoryId, ownerId, pinnedOwnerId } = part[i]!;
      return row ? [{ ...row, id, territoryId, ownerId, pinnedOwnerId } as Account] : [];
    });
    await db.accounts.bulkPut(updated);
  }
}

export type ApplyResult =
  | { kind: 'applied'; change: UndoableChange }
  | { kind: 'proposed'; approverId: string }
  | { kind: 'blocked' };

/**
 * Makes a scenario the live assignment. Acting as a Junior it becomes a proposal their Senior
 * decides in the inbox; a Senior or the team lead applies it at once (undoable). Either way the
 * decision is kept in the audit trail with the whole change.
 */
export async function applyScenario(
  application: ScenarioApplication,
  actorId: string | null,
): Promise<ApplyResult> {
  return db.transaction(
    'rw',
    [db.accounts, db.territories, db.approvals, db.members],
    async (): Promise<ApplyResult> => {
      const actor = actorId ? ((await db.members.get(actorId)) ?? null) : null;
      const route = decisionRoute(actor);
      if (route.kind === 'blocked') return { kind: 'blocked' };
      const approval = routedApproval('scenario', application.change, actorId, route, new Date());
      await db.approvals.add(approval);
      if (route.kind === 'proposal') return { kind: 'proposed', approverId: route.approverId };
      await writeScenarioChange(application.change);
      const inTransaction = (write: () => Promise<void>) =>
        db.transaction('rw', db.accounts, db.territories, write);
      return {
        kind: 'applied',
        change: {
          label: 'scenarios.history.apply',
          labelParams: { name: application.change.name },
          undo: () => inTransaction(() => writeScenarioChange(application.previous)),
          redo: () => inTransaction(() => writeScenarioChange(application.change)),
        },
      };
    },
  );
}

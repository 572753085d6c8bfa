import type { Command, Outcome } from '@renderer/commands/command';
import { useAppStore } from '@renderer/store/app-store';
import { runCommand } from '@renderer/commands/run-command';
import { db as appDb, type PlannerDatabase } from '@renderer/db/db';

/** Runs a command acting as a member (null: the team lead), as the Settings choice would. */
export async function as<R>(
  actorId: string | null,
  command: Command<R>,
  database: PlannerDatabase = appDb,
): Promise<Outcome<R>> {
  await database.settings.put({ key: 'actingAs', value: actorId ?? '' });
  return runCommand(command, { db: database });
}

/** The value of an applied command; fails the test with the outcome otherwise. */
export function applied<R>(outcome: Outcome<R>): R {
  if (outcome.kind !== 'applied') throw new Error(`not applied: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

/** Ctrl+Z as the app does it: the acting person's last change, through the history. */
export async function undoLast(): Promise<void> {
  const step = await useAppStore.getState().undo();
  if (step?.kind !== 'done') throw new Error(`nothing undone: ${JSON.stringify(step)}`);
}

export async function redoLast(): Promise<void> {
  const step = await useAppStore.getState().redo();
  if (step?.kind !== 'done') throw new Error(`nothing redone: ${JSON.stringify(step)}`);
}

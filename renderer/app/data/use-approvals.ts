import { useLiveQuery } from 'dexie-react-hooks';
import type { Approval } from '@shared/domain/approval';
import { mayDecide } from '@shared/domain/reassignment';
import { db } from '@renderer/db/db';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';

/** Every approval, live (a short list), newest first. */
export function useApprovals(): Approval[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.approvals.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [],
  );
}

/** The member the user acts as (null: the team lead). */
export function useActingAs(): string | null {
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  return settings.actingAs || null;
}

/**
 * How many decisions wait for the person the user acts as. Reads only the waiting requests
 * (by index): the audit trail grows with every change and holds whole territory edits, and
 * this badge is on every screen.
 */
export function usePendingCount(): number {
  const actingAs = useActingAs();
  const pending = useLiveQuery(
    () => db.approvals.where('state').equals('pending').toArray() as Promise<Approval[]>,
    [],
  );
  return (pending ?? []).filter((a) => mayDecide(a, actingAs ? { id: actingAs } : null)).length;
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { Approval } from '../../../shared/domain/approval';
import { mayDecide } from '../../../shared/domain/reassignment';
import { db } from '../../db/db';
import { DEFAULT_SETTINGS, useSettings } from '../../db/settings';

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

/** How many decisions wait for the person the user acts as. */
export function usePendingCount(): number {
  const approvals = useApprovals();
  const actingAs = useActingAs();
  return (approvals ?? []).filter((a) => mayDecide(a, actingAs ? { id: actingAs } : null)).length;
}

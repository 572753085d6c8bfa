import { ownershipMove, ownershipVerdict } from '@shared/commands/policy';
import type { Account } from '@shared/domain/account';
import type { ReassignmentChange } from '@shared/domain/reassignment';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';

/**
 * Moves accounts to a member, pinned (so rules do not move them back). The lead and Seniors
 * decide alone; a Junior's move is a request for their Senior. `approved`: applying a request
 * that was approved — each account must still be where the request found it.
 */
export function reassignCommand(
  accountIds: readonly string[],
  toMemberId: string,
  approved?: ReassignmentChange,
): Command<number> {
  let accounts: Account[] = [];
  return {
    name: 'accounts.reassign',
    label: 'approvals.history.reassign',
    labelParams: { count: accountIds.length },
    tables: ['accounts'],
    async decide({ db, actor }) {
      accounts = (await db.accounts.bulkGet([...accountIds])).filter(
        (a): a is Account => a !== undefined,
      );
      if (approved) {
        const now = new Map(accounts.map((a) => [a.id, a]));
        const stale = approved.accounts.some((a) => now.get(a.id)?.ownerId !== a.fromOwnerId);
        if (stale) return { verdict: { kind: 'refused', reason: 'approvals.stale' } };
      }
      const change: ReassignmentChange = approved ?? {
        toMemberId,
        accounts: accounts.map((a) => ({
          id: a.id,
          name: a.name,
          fromOwnerId: a.ownerId,
          fromPinnedOwnerId: a.pinnedOwnerId,
        })),
      };
      return {
        verdict: ownershipVerdict(
          actor,
          accounts.map((a) => ownershipMove(a, toMemberId)),
        ),
        // An approved request is already in the audit trail; a direct move is recorded now.
        ...(approved ? {} : { record: { kind: 'reassignment' as const, change } }),
      };
    },
    async apply({ write }) {
      const moved = accounts.map((a) => ({ ...a, ownerId: toMemberId, pinnedOwnerId: toMemberId }));
      await write.put('accounts', moved as unknown as Row[], accounts as unknown as Row[]);
      return moved.length;
    },
  };
}

import type { TeamMember } from '@shared/domain/team-member';
import { useCommand } from '@renderer/app/use-command';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { reassignCommand } from './reassign-command';

/** Assigns accounts to a member as the acting person may: at once, or as a proposal. */
export function useAssignAccounts(members: readonly TeamMember[]) {
  const t = useT();
  const run = useCommand();
  const setSelected = useAppStore((s) => s.setSelectedAccounts);
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  return async (accountIds: readonly string[], to: string): Promise<void> => {
    const outcome = await run(
      reassignCommand(accountIds, to),
      (count) => t('accounts.assign.applied', { count, name: name(to) }),
      (approver) => t('accounts.assign.proposed', { approver }),
    );
    if (outcome && outcome.kind !== 'refused') setSelected(new Set());
  };
}

export const DRAG_TYPE = 'application/x-stp-accounts';

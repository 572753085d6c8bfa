import type { TeamMember } from '../../../shared/domain/team-member';
import { saveFailureText } from '../../db/storage-errors';
import { useT } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';
import { reassignAccounts } from '../approvals/reassignment-repository';
import { useActingAs } from '../approvals/use-approvals';

/** Assigns accounts to a member as the acting person may: at once, or as a proposal. */
export function useAssignAccounts(members: readonly TeamMember[]) {
  const t = useT();
  const notify = useAppStore((s) => s.notify);
  const record = useAppStore((s) => s.record);
  const setSelected = useAppStore((s) => s.setSelectedAccounts);
  const actingAs = useActingAs();
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  return async (accountIds: readonly string[], to: string): Promise<void> => {
    try {
      const result = await reassignAccounts(accountIds, to, actingAs);
      if (result.kind === 'blocked') {
        notify(t('accounts.assign.blocked'), 'error');
        return;
      }
      if (result.kind === 'applied') {
        record(result.change);
        notify(t('accounts.assign.applied', { count: accountIds.length, name: name(to) }));
      } else {
        notify(t('accounts.assign.proposed', { name: name(result.approverId) }));
      }
      setSelected(new Set());
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    }
  };
}

export const DRAG_TYPE = 'application/x-stp-accounts';

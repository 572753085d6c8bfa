import type { Approval } from '@shared/domain/approval';
import type { ExceptionChange } from '@shared/domain/authority';
import type { Translate } from '@shared/i18n/translate';

/** "Discount 10 %", "Payment terms 45 days", "Contract length 24 months". */
export function exceptionText(change: Pick<ExceptionChange, 'exception' | 'value'>, t: Translate) {
  return t(`decisions.value.${change.exception}`, { value: change.value });
}

/** Who decides, in words: a member's name, or the team lead. */
export function nameOf(
  members: ReadonlyMap<string, { name: string }>,
  id: string | null,
  t: Translate,
): string {
  return id ? (members.get(id)?.name ?? '–') : t('accounts.history.lead');
}

/** Decided at the moment it was recorded, by the one who recorded it: within their authority. */
export function decidedAlone(approval: Approval): boolean {
  return (
    approval.state === 'approved' &&
    approval.createdAt === approval.decidedAt &&
    approval.requesterId === (approval.approverId ?? '')
  );
}

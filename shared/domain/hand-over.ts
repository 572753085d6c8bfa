import type { PlainMessageKey } from '../i18n/translate';
import { isLargeOrStrategic, type Account } from './account';
import type { TeamMember } from './team-member';
import type { Territory } from './territory';

/** What a member holds that must not be left with someone who no longer works here. */
export interface Holdings {
  territories: readonly Territory[];
  /** Accounts they own or are pinned to. */
  accounts: readonly Account[];
}

export type HandOverPlan =
  | { ok: true; territories: Territory[]; accounts: Account[] }
  | { ok: false; error: PlainMessageKey };

export function holdsAnything(holdings: Holdings): boolean {
  return holdings.territories.length > 0 || holdings.accounts.length > 0;
}

/** Large or strategic accounts go to Seniors only: a Junior cannot take them over. */
export function needsSeniorHeir(holdings: Holdings): boolean {
  return holdings.accounts.some((a) => a.ownerId !== null && isLargeOrStrategic(a));
}

/**
 * Hands a leaving member's territories (owner, and mentor where they mentored) and accounts
 * (owner and pin) to `heirId`, in the same step as the deactivation — nothing is left owned by
 * someone the tree would still show but who no longer works here.
 */
export function planHandOver(
  memberId: string,
  heirId: string | null,
  members: readonly TeamMember[],
  holdings: Holdings,
): HandOverPlan {
  if (!holdsAnything(holdings)) return { ok: true, territories: [], accounts: [] };
  if (!heirId) return { ok: false, error: 'team.error.handOverFirst' };
  const heir = members.find((m) => m.id === heirId);
  if (!heir?.active || heir.id === memberId)
    return { ok: false, error: 'team.error.heirNotActive' };
  if (heir.level !== 'senior' && needsSeniorHeir(holdings))
    return { ok: false, error: 'team.error.heirNotSenior' };
  const mentor = heir.level === 'senior' ? heir.id : null;
  return {
    ok: true,
    territories: holdings.territories.map((t) => ({
      ...t,
      ownerId: t.ownerId === memberId ? heir.id : t.ownerId,
      mentorId: t.mentorId === memberId ? mentor : t.mentorId,
    })),
    accounts: holdings.accounts.map((a) => ({
      ...a,
      ownerId: a.ownerId === memberId ? heir.id : a.ownerId,
      pinnedOwnerId: a.pinnedOwnerId === memberId ? heir.id : a.pinnedOwnerId,
    })),
  };
}

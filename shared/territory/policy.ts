import { isLargeOrStrategic, type Account } from '../domain/account';
import { isActiveSenior, type TeamMember } from '../domain/team-member';
import type { MemberLoad } from './balance';

/** Where the seed's rules are broken: shown in the UI, and (for accounts) needing a Senior's sign-off. */
export type PolicyWarning =
  | { kind: 'large-account-with-junior'; accountId: string; memberId: string }
  | { kind: 'over-capacity'; memberId: string; capacityUse: number }
  | { kind: 'junior-without-senior'; memberId: string };

export function accountWarning(
  account: Pick<Account, 'id' | 'ownerId' | 'segment' | 'strategic'>,
  membersById: ReadonlyMap<string, Pick<TeamMember, 'level'>>,
): PolicyWarning | null {
  if (!account.ownerId || !isLargeOrStrategic(account)) return null;
  return membersById.get(account.ownerId)?.level === 'junior'
    ? { kind: 'large-account-with-junior', accountId: account.id, memberId: account.ownerId }
    : null;
}

/** Warnings about people: over capacity, or a Junior without an active supervising Senior. */
export function memberWarnings(
  members: readonly TeamMember[],
  loads: ReadonlyMap<string, MemberLoad>,
): PolicyWarning[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const warnings: PolicyWarning[] = [];
  for (const member of members) {
    if (!member.active) continue;
    const workload = loads.get(member.id)?.workload ?? 0;
    if (member.capacity > 0 && workload > member.capacity) {
      warnings.push({
        kind: 'over-capacity',
        memberId: member.id,
        capacityUse: workload / member.capacity,
      });
    }
    if (
      member.level === 'junior' &&
      !isActiveSenior(member.supervisorId ? byId.get(member.supervisorId) : undefined)
    ) {
      warnings.push({ kind: 'junior-without-senior', memberId: member.id });
    }
  }
  return warnings;
}

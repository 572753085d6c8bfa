import {
  planDeactivation,
  validateTeamMember,
  type FieldErrors,
  type TeamMember,
  type TeamMemberDraft,
} from '../../../shared/domain/team-member';
import type { MessageKey } from '../../../shared/i18n/translate';
import { db } from '../../db/db';

export type SaveResult = { ok: true; member: TeamMember } | { ok: false; errors: FieldErrors };

/**
 * Validates and stores a member in one transaction, so the rules are checked against the
 * same team that the write lands in.
 */
export async function saveMember(
  draft: TeamMemberDraft,
  editingId: string | null,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SaveResult> {
  return db.transaction('rw', db.members, async () => {
    const members = await db.members.toArray();
    const result = validateTeamMember(draft, members, editingId);
    if (!result.ok) return result;
    const existing = editingId ? members.find((m) => m.id === editingId) : undefined;
    const member: TeamMember = {
      ...result.member,
      id: existing?.id ?? newId(),
      active: existing?.active ?? true,
    };
    await db.members.put(member);
    return { ok: true, member };
  });
}

export type DeactivateResult = { ok: true } | { ok: false; error: MessageKey };

/** Deactivates a member; a Senior's active Juniors move to `successorId` in the same step. */
export async function deactivateMember(
  memberId: string,
  successorId: string | null,
): Promise<DeactivateResult> {
  return db.transaction('rw', db.members, async () => {
    const plan = planDeactivation(memberId, await db.members.toArray(), successorId);
    if (!plan.ok) return { ok: false, error: plan.error };
    for (const { id, changes } of plan.updates) await db.members.update(id, changes);
    return { ok: true };
  });
}

/** Reactivates a member; a Junior only while their supervisor is still an active Senior. */
export async function reactivateMember(memberId: string): Promise<DeactivateResult> {
  return db.transaction('rw', db.members, async () => {
    const member = await db.members.get(memberId);
    if (!member) return { ok: false, error: 'team.error.notFound' };
    if (member.level === 'junior') {
      const supervisor = member.supervisorId
        ? await db.members.get(member.supervisorId)
        : undefined;
      if (!supervisor?.active || supervisor.level !== 'senior') {
        return { ok: false, error: 'team.error.supervisorNotActiveSenior' };
      }
    }
    await db.members.update(memberId, { active: true });
    return { ok: true };
  });
}

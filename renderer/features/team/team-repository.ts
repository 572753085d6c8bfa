import {
  authorityChanged,
  memberVerdict,
  stricter,
  ALLOWED,
  type Verdict,
} from '../../../shared/commands/policy';
import type { MemberChange } from '../../../shared/domain/approval';
import {
  planDeactivation,
  validateTeamMember,
  type FieldErrors,
  type TeamMember,
  type TeamMemberDraft,
} from '../../../shared/domain/team-member';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { Row } from '../../../shared/persistence/tables';
import type { Command, Decision } from '../../commands/command';

export type SaveResult = { ok: true; member: TeamMember } | { ok: false; errors: FieldErrors };
export type DeactivateResult = { ok: true } | { ok: false; error: MessageKey };

const authority = (m: TeamMember) => ({
  level: m.level,
  supervisorId: m.supervisorId,
  active: m.active,
});

/**
 * Who may write these member rows (nobody their own level, supervisor or state; a Junior only
 * their own contact details), and the audit entry when authority changes.
 */
function membersDecision(
  actor: Parameters<typeof memberVerdict>[0],
  changes: ReadonlyArray<{ before: TeamMember | null; after: TeamMember }>,
): Decision {
  let verdict: Verdict = ALLOWED;
  for (const { before, after } of changes)
    verdict = stricter(verdict, memberVerdict(actor, before, after));
  const members: MemberChange['members'] = changes
    .filter(({ before, after }) => authorityChanged(before, after))
    .map(({ before, after }) => ({
      memberId: after.id,
      name: after.name,
      before: before ? authority(before) : null,
      after: authority(after),
    }));
  return {
    verdict,
    ...(members.length ? { record: { kind: 'member', change: { members } } } : {}),
  };
}

/**
 * Validates and stores a member in one transaction, so the rules are checked against the
 * same team that the write lands in.
 */
export function saveMemberCommand(
  draft: TeamMemberDraft,
  editingId: string | null,
  newId: () => string = () => crypto.randomUUID(),
): Command<SaveResult> {
  let result: SaveResult = { ok: false, errors: {} };
  return {
    name: 'team.save',
    label: 'team.history.save',
    labelParams: { name: String(draft.name ?? '') },
    tables: ['members'],
    async decide({ db, actor }) {
      const members = await db.members.toArray();
      const validation = validateTeamMember(draft, members, editingId);
      if (!validation.ok) {
        result = validation;
        return { verdict: ALLOWED };
      }
      const existing = editingId ? (members.find((m) => m.id === editingId) ?? null) : null;
      const member: TeamMember = {
        ...validation.member,
        id: existing?.id ?? newId(),
        active: existing?.active ?? true,
      };
      result = { ok: true, member };
      return membersDecision(actor, [{ before: existing, after: member }]);
    },
    async apply({ write }) {
      if (result.ok) await write.put('members', [result.member as unknown as Row]);
      return result;
    },
  };
}

function membersCommand(
  name: string,
  memberId: string,
  plan: (members: TeamMember[]) => DeactivateResult & { rows?: TeamMember[] },
): Command<DeactivateResult> {
  let result: DeactivateResult & { rows?: TeamMember[] } = { ok: true };
  return {
    name,
    label: 'team.history.save',
    labelParams: { name: '' },
    tables: ['members'],
    async decide({ db, actor }) {
      const members = await db.members.toArray();
      // Undo and redo name the member ("change to Anna Berg").
      this.labelParams = { name: members.find((m) => m.id === memberId)?.name ?? '' };
      result = plan(members);
      if (!result.ok || !result.rows) return { verdict: ALLOWED };
      const byId = new Map(members.map((m) => [m.id, m]));
      return membersDecision(
        actor,
        result.rows.map((after) => ({ before: byId.get(after.id) ?? null, after })),
      );
    },
    async apply({ write }) {
      if (result.ok && result.rows) await write.put('members', result.rows as unknown as Row[]);
      return result.ok ? { ok: true } : result;
    },
  };
}

/** Deactivates a member; a Senior's active Juniors move to `successorId` in the same step. */
export function deactivateCommand(memberId: string, successorId: string | null) {
  return membersCommand('team.deactivate', memberId, (members) => {
    const plan = planDeactivation(memberId, members, successorId);
    if (!plan.ok) return { ok: false, error: plan.error };
    const byId = new Map(members.map((m) => [m.id, m]));
    return {
      ok: true,
      rows: plan.updates.map(({ id, changes }) => ({ ...byId.get(id)!, ...changes })),
    };
  });
}

/** Reactivates a member; a Junior only while their supervisor is still an active Senior. */
export function reactivateCommand(memberId: string) {
  return membersCommand('team.reactivate', memberId, (members) => {
    const member = members.find((m) => m.id === memberId);
    if (!member) return { ok: false, error: 'team.error.notFound' };
    if (member.level === 'junior') {
      const supervisor = members.find((m) => m.id === member.supervisorId);
      if (!supervisor?.active || supervisor.level !== 'senior')
        return { ok: false, error: 'team.error.supervisorNotActiveSenior' };
    }
    return { ok: true, rows: [{ ...member, active: true }] };
  });
}

import {
  authorityChanged,
  memberVerdict,
  ownershipMove,
  ownershipVerdict,
  stricter,
  ALLOWED,
  type Verdict,
} from '@shared/commands/policy';
import {
  holdsAnything,
  planHandOver,
  type HandOverPlan,
  type Holdings,
} from '@shared/domain/hand-over';
import type { PlannerDatabase } from '@renderer/db/db';
import type { MemberChange } from '@shared/domain/approval';
import {
  planDeactivation,
  validateTeamMember,
  type FieldErrors,
  type TeamMember,
  type TeamMemberDraft,
} from '@shared/domain/team-member';
import type { PlainMessageKey } from '@shared/i18n/translate';
import type { Row } from '@shared/persistence/tables';
import type { Command, Decision } from '@renderer/commands/command';

export type SaveResult = { ok: true; member: TeamMember } | { ok: false; errors: FieldErrors };
export type DeactivateResult = { ok: true } | { ok: false; error: PlainMessageKey };

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

/** What a member owns: their territories (as owner or mentor) and their accounts. */
export async function holdingsOf(db: PlannerDatabase, memberId: string): Promise<Holdings> {
  const [territories, accounts] = await Promise.all([
    db.territories.filter((t) => t.ownerId === memberId || t.mentorId === memberId).toArray(),
    db.accounts.where('ownerId').equals(memberId).toArray(),
  ]);
  return { territories, accounts };
}

/**
 * Deactivates a member in one step: a Senior's active Juniors move to `successorId`, and
 * whatever they own (territories, accounts) goes to `heirId` — nobody leaves owning anything.
 */
export function deactivateCommand(
  memberId: string,
  successorId: string | null,
  heirId: string | null = null,
): Command<DeactivateResult> {
  let result: DeactivateResult = { ok: true };
  let members: TeamMember[] = [];
  let holdings: Holdings = { territories: [], accounts: [] };
  let handed: Extract<HandOverPlan, { ok: true }> = { ok: true, territories: [], accounts: [] };
  return {
    name: 'team.deactivate',
    label: 'team.history.save',
    labelParams: { name: '' },
    tables: ['members', 'territories', 'accounts'],
    async decide({ db, actor }) {
      members = await db.members.toArray();
      this.labelParams = { name: members.find((m) => m.id === memberId)?.name ?? '' };
      const plan = planDeactivation(memberId, members, successorId);
      if (!plan.ok) {
        result = { ok: false, error: plan.error };
        return { verdict: ALLOWED };
      }
      holdings = await holdingsOf(db, memberId);
      const handOver = planHandOver(memberId, heirId, members, holdings);
      if (!handOver.ok) {
        result = { ok: false, error: handOver.error };
        return { verdict: ALLOWED };
      }
      handed = handOver;
      const byId = new Map(members.map((m) => [m.id, m]));
      members = plan.updates.map(({ id, changes }) => ({ ...byId.get(id)!, ...changes }));
      const decision = membersDecision(
        actor,
        members.map((after) => ({ before: byId.get(after.id) ?? null, after })),
      );
      const moves = holdings.accounts.map((a) => ownershipMove(a, heirId));
      const verdict = stricter(decision.verdict, ownershipVerdict(actor, moves));
      if (!heirId || !holdsAnything(holdings) || decision.record?.kind !== 'member')
        return { ...decision, verdict };
      return {
        verdict,
        record: {
          kind: 'member',
          change: {
            ...decision.record.change,
            handOver: {
              toMemberId: heirId,
              accounts: holdings.accounts.length,
              territories: holdings.territories.map((t) => t.name),
            },
          },
        },
      };
    },
    async apply({ write }) {
      if (!result.ok) return result;
      await write.put('members', members as unknown as Row[]);
      await write.put(
        'accounts',
        handed.accounts as unknown as Row[],
        holdings.accounts as unknown as Row[],
      );
      await write.put(
        'territories',
        handed.territories as unknown as Row[],
        holdings.territories as unknown as Row[],
      );
      return { ok: true };
    },
  };
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLargeOrStrategic, type Account } from '@shared/domain/account';
import { ownerMoves, type Approval } from '@shared/domain/approval';
import type { TeamMember } from '@shared/domain/team-member';
import { previewAssignment } from '@shared/territory/rule-change-preview';
import type { Command, Outcome } from '@renderer/commands/command';
import { db } from '@renderer/db/db';
import { createWorkspace } from '@renderer/db/workspace';
import { reassignCommand } from '@renderer/features/accounts/reassign-command';
import { decideCommand } from '@renderer/features/approvals/decide-command';
import { commitImport } from '@renderer/features/csv-import/commit-import';
import { classifyCommand } from '@renderer/features/market/classification';
import { changeActualsCommand } from '@renderer/features/performance/actuals-repository';
import { saveMemberCommand } from '@renderer/features/team/team-repository';
import {
  changeTerritoryCommand,
  territoryChange,
} from '@renderer/features/territories/territory-commands';
import { resetAccountStore } from '@renderer/app/data/account-store';
import { useAppStore } from '@renderer/store/app-store';
import { smallDemo } from '../render-app';
import { as } from './acting';

/** One thing a person does, through whichever screen: picked by index into today's data. */
type Action =
  | { t: 'reassign'; actor: number; accounts: number[]; to: number }
  | { t: 'territory'; actor: number; territory: number; to: number }
  | {
      t: 'member';
      actor: number;
      target: number;
      /** The actor's own record (self-promotion and the like: must always be refused). */
      self: boolean;
      change: 'promote' | 'demote' | 'rehome' | 'retire' | 'rename';
    }
  | { t: 'actuals'; actor: number; member: number; cents: number }
  | { t: 'importActuals'; actor: number; member: number }
  | { t: 'classify'; actor: number; account: number; to: 'A' | 'B' | 'C' }
  | { t: 'decide'; actor: number; pick: number; approve: boolean }
  | { t: 'undo'; actor: number }
  | { t: 'redo'; actor: number };

const idx = fc.nat(1_000);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    t: fc.constant('reassign' as const),
    actor: idx,
    accounts: fc.array(idx, { minLength: 1, maxLength: 4 }),
    to: idx,
  }),
  fc.record({ t: fc.constant('territory' as const), actor: idx, territory: idx, to: idx }),
  fc.record({
    t: fc.constant('member' as const),
    actor: idx,
    target: idx,
    self: fc.boolean(),
    change: fc.constantFrom(
      'promote' as const,
      'demote' as const,
      'rehome' as const,
      'retire' as const,
      'rename' as const,
    ),
  }),
  fc.record({
    t: fc.constant('actuals' as const),
    actor: idx,
    member: idx,
    cents: fc.nat(1_000_000),
  }),
  fc.record({ t: fc.constant('importActuals' as const), actor: idx, member: idx }),
  fc.record({
    t: fc.constant('classify' as const),
    actor: idx,
    account: idx,
    to: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
  }),
  fc.record({ t: fc.constant('decide' as const), actor: idx, pick: idx, approve: fc.boolean() }),
  fc.record({ t: fc.constant('undo' as const), actor: idx }),
  fc.record({ t: fc.constant('redo' as const), actor: idx }),
);

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

async function freshDemo() {
  db.close();
  await db.delete();
  await db.open();
  await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
  resetAccountStore();
  useAppStore.setState({ past: [], future: [], historyActor: '' });
}

/** Whose record a member action changes: the actor's own, or anyone's. */
function targetOf(a: Extract<Action, { t: 'member' }>, members: TeamMember[]): TeamMember {
  const actor = pick(actorsOf(members), a.actor);
  const own = a.self && actor ? members.find((m) => m.id === actor) : undefined;
  return own ?? pick(members, a.target);
}

/** The people who may sit at the keyboard: the lead (null) and every member. */
const actorsOf = (members: readonly TeamMember[]) => [null, ...members.map((m) => m.id)];

async function run(a: Action, members: TeamMember[]): Promise<Outcome<unknown> | 'step' | null> {
  const actor = pick(actorsOf(members), a.actor);
  const via = <R>(command: Command<R>) => as(actor, command);
  switch (a.t) {
    case 'reassign': {
      const ids = (await db.accounts.orderBy('id').primaryKeys()) as string[];
      return via(
        reassignCommand([...new Set(a.accounts.map((i) => pick(ids, i)))], pick(members, a.to).id),
      );
    }
    case 'territory': {
      const territories = await db.territories.where('kind').equals('territory').toArray();
      const before = pick(territories, a.territory);
      const after = { ...before, ownerId: pick(actorsOf(members), a.to) };
      const all = await db.territories.toArray();
      const preview = previewAssignment(
        await db.accounts.toArray(),
        all.map((t) => (t.id === after.id ? after : t)),
      );
      return via(
        changeTerritoryCommand(territoryChange(before, after, preview.changes, preview.before)),
      );
    }
    case 'member': {
      const target = targetOf(a, members)!;
      const seniors = members.filter((m) => m.level === 'senior' && m.id !== target.id);
      const draft = {
        ...target,
        capacity: String(target.capacity),
        ...(a.change === 'promote' ? { level: 'senior' as const, supervisorId: null } : {}),
        ...(a.change === 'demote' || a.change === 'rehome'
          ? { level: 'junior' as const, supervisorId: pick(seniors, a.target + 1)?.id ?? null }
          : {}),
        ...(a.change === 'rename' ? { name: `${target.name} B` } : {}),
      };
      if (a.change === 'retire') {
        const { deactivateCommand } = await import('@renderer/features/team/team-repository');
        return via(deactivateCommand(target.id, seniors[0]?.id ?? null));
      }
      return via(saveMemberCommand(draft, target.id));
    }
    case 'actuals':
      return via(
        changeActualsCommand([
          { memberId: pick(members, a.member).id, month: '2026-10', kind: 'new', cents: a.cents },
        ]),
      );
    case 'importActuals': {
      await db.settings.put({ key: 'actingAs', value: actor ?? '' });
      const record = {
        memberId: pick(members, a.member).id,
        month: '2026-09',
        newBusinessCents: 1,
        existingBusinessCents: 2,
      };
      return commitImport('actuals', [record], {
        onProgress: () => undefined,
        isCancelled: () => false,
      }).then(
        () => ({ kind: 'applied', value: null, approval: null }) as const,
        (error: { reason?: string }) =>
          ({ kind: 'refused', reason: error.reason as never }) as const,
      );
    }
    case 'classify': {
      const account = pick(await db.accounts.orderBy('id').toArray(), a.account);
      if (account.segment === a.to) return null;
      return via(
        classifyCommand({
          basis: 'revenue',
          thresholds: { a: 80, b: 95 },
          changes: [{ id: account.id, name: account.name, from: account.segment, to: a.to }],
        }),
      );
    }
    case 'decide': {
      const pending = await db.approvals.where('state').equals('pending').sortBy('createdAt');
      if (pending.length === 0) return null;
      return via(
        decideCommand(pick(pending, a.pick).id, {
          state: a.approve ? 'approved' : 'rejected',
          comment: '',
        }),
      );
    }
    case 'undo':
    case 'redo':
      await db.settings.put({ key: 'actingAs', value: actor ?? '' });
      await useAppStore.getState()[a.t]();
      return 'step';
  }
}

const authority = (m: TeamMember) => `${m.level}|${m.supervisorId}|${m.active}`;

/** What the random runs did, so a property that never reached its case fails loudly. */
const seen = { applied: 0, proposed: 0, refused: 0 };
const undos = { done: 0, changedSince: 0 };

describe('every write path keeps the seed’s rules (random actions by random people)', () => {
  it('no account changes hands without an audit entry naming it; nobody changes their own authority', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        await freshDemo();
        const initialAccounts = new Map((await db.accounts.toArray()).map((a) => [a.id, a]));
        const initialMembers = new Map((await db.members.toArray()).map((m) => [m.id, m]));
        // Who had a Senior's authority at some point (levels change during a run).
        const everSenior = new Set<string | null>([null]);
        for (const a of actions) {
          const members = await db.members.orderBy('id').toArray();
          members.filter((m) => m.level === 'senior').forEach((m) => everSenior.add(m.id));
          const actor = pick(actorsOf(members), a.actor);
          const target = a.t === 'member' ? targetOf(a, members) : null;
          const outcome = await run(a, members);
          if (outcome && outcome !== 'step') seen[outcome.kind] += 1;
          // Self-promotion, a new supervisor, retiring oneself: never, on any path.
          if (target && actor === target.id)
            expect(authority((await db.members.get(target.id))!)).toBe(authority(target));
        }
        const audit = (await db.approvals.toArray()) as Approval[];
        const named = (id: string, owner: string | null) =>
          audit.some(
            (x) =>
              x.state === 'approved' &&
              // Decided by someone who could: never a Junior approving their own move.
              everSenior.has(x.approverId) &&
              ownerMoves(x).some((m) => m.id === id && m.toOwnerId === owner),
          );
        const members = new Map((await db.members.toArray()).map((m) => [m.id, m]));
        for (const account of (await db.accounts.toArray()) as Account[]) {
          const was = initialAccounts.get(account.id)!;
          if (was.ownerId === account.ownerId) continue;
          expect(
            named(account.id, account.ownerId),
            `account ${account.id} moved without a record`,
          ).toBe(true);
          if (isLargeOrStrategic(account) && members.get(account.ownerId ?? '')?.level === 'junior')
            expect(named(account.id, account.ownerId)).toBe(true);
        }
        for (const member of members.values()) {
          const was = initialMembers.get(member.id)!;
          if (authority(was) === authority(member)) continue;
          const entries = audit.filter(
            (x) => x.kind === 'member' && x.change.members.some((m) => m.memberId === member.id),
          );
          expect(
            entries.length,
            `${member.id}'s authority changed without a record`,
          ).toBeGreaterThan(0);
          expect(entries.every((x) => x.requesterId !== member.id)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
    expect(seen.applied).toBeGreaterThan(10);
    expect(seen.proposed).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 120_000);

  it('undo of one person’s changes restores their rows exactly and never touches another’s', async () => {
    const change = fc.oneof(
      fc.record({
        t: fc.constant('reassign' as const),
        accounts: fc.array(idx, { minLength: 1, maxLength: 4 }),
        to: idx,
      }),
      fc.record({ t: fc.constant('territory' as const), territory: idx, to: idx }),
      fc.record({ t: fc.constant('actuals' as const), member: idx, cents: fc.nat(1_000_000) }),
      fc.record({
        t: fc.constant('classify' as const),
        account: idx,
        to: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
      }),
    );
    const tables = ['accounts', 'territories', 'actuals', 'members'] as const;
    const dump = async () =>
      Object.fromEntries(
        await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()])),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { minLength: 1, maxLength: 5 }),
        fc.array(idx, { minLength: 1, maxLength: 3 }),
        idx,
        async (mine, theirs, to) => {
          await freshDemo();
          const members = await db.members.orderBy('id').toArray();
          // The lead and a Senior: both decide alone, so every change applies.
          const seniors = members.filter((m) => m.level === 'senior');
          const me = seniors[0]!.id;
          const junior = members.find((m) => m.level === 'junior' && m.supervisorId)!;
          const before = await dump();
          for (const c of mine)
            await run({ ...c, actor: actorsOf(members).indexOf(me) } as Action, members);
          // What changed something is in my history (a change that changed nothing is not).
          const applied = useAppStore.getState().past.length;
          const afterMine = await dump();
          // Someone else's decision arrives meanwhile (an exchange file: the Senior approved a
          // Junior's move of some accounts) — applied here without anyone switching seats.
          const ids = (await db.accounts.orderBy('id').primaryKeys()) as string[];
          const touched = [...new Set(theirs.map((i) => pick(ids, i)))];
          const rows = (await db.accounts.bulkGet(touched)) as Account[];
          const request = {
            id: 'their-request',
            kind: 'reassignment',
            state: 'pending',
            requesterId: junior.id,
            approverId: junior.supervisorId,
            createdAt: new Date().toISOString(),
            decidedAt: null,
            comment: '',
            change: {
              toMemberId: pick(members, to).id,
              accounts: rows.map((a) => ({
                id: a.id,
                name: a.name,
                fromOwnerId: a.ownerId,
                fromPinnedOwnerId: a.pinnedOwnerId,
              })),
            },
          } as Approval;
          await db.approvals.add(request);
          const decided = await as(
            me,
            decideCommand(request.id, {
              state: 'approved',
              comment: '',
              approverId: junior.supervisorId,
              decidedAt: new Date().toISOString(),
            }),
          );
          expect(decided.kind).toBe('applied');
          const theirRows = await db.accounts.bulkGet(touched);
          await db.settings.put({ key: 'actingAs', value: me });
          const steps = [];
          for (let i = 0; i < applied; i += 1) steps.push(await useAppStore.getState().undo());
          // Their accounts are exactly as they left them, whatever my undo did (where their
          // decision changed them at all: a write of what was already there is no change).
          const mineThen = (id: string) => afterMine.accounts.find((a: Account) => a.id === id);
          const changedByThem = touched.filter(
            (id, k) => JSON.stringify(mineThen(id)) !== JSON.stringify(theirRows[k]),
          );
          expect(await db.accounts.bulkGet(changedByThem)).toEqual(
            changedByThem.map((id) => theirRows[touched.indexOf(id)]),
          );
          if (steps.every((s) => s?.kind === 'done')) {
            undos.done += 1;
            // Nothing of theirs was in my way: every row of mine is back as it was.
            const now = await dump();
            for (const t of tables) {
              const keep = (rows: Array<{ id?: string }>) =>
                t === 'accounts' ? rows.filter((r) => !touched.includes(r.id!)) : rows;
              expect(keep(now[t])).toEqual(keep(before[t]));
            }
          } else {
            undos.changedSince += 1;
            expect(steps.map((x) => (x?.kind === 'refused' ? x.reason : x?.kind))).toContain(
              'history.changedSince',
            );
          }
          // And redo brings my changes back where nothing of theirs is in the way.
          if (steps.every((s) => s?.kind === 'done') && touched.every((id) => !changedByMe(id)))
            for (let i = 0; i < applied; i += 1) await useAppStore.getState().redo();
          function changedByMe(id: string) {
            const was = before.accounts.find((a: Account) => a.id === id);
            const mid = afterMine.accounts.find((a: Account) => a.id === id);
            return JSON.stringify(was) !== JSON.stringify(mid);
          }
        },
      ),
      { numRuns: 30 },
    );
    expect(undos.done).toBeGreaterThan(0);
    expect(undos.changedSince).toBeGreaterThan(0);
  }, 120_000);
});

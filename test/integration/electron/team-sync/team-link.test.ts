import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeamSnapshot } from '@shared/ipc/team-schemas';
import { nodeFileSystem } from '../../../../electron/services/persistence/file-system';
import { LevelPouch } from '../../../../electron/services/team-sync/level-pouch';
import { TeamLink } from '../../../../electron/services/team-sync/team-link';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import { ensureLogin } from '../../../../electron/services/team-server/team-setup';
import type { TeamDelivery } from '../../../../electron/services/team-sync/team-deliveries';
import type { ChangeOp } from '@shared/persistence/tables';
import { fakeKeychain } from '../../../helpers/fake-keychain';
import { startRuleTeam } from '../../../helpers/rule-team';
import type { TestCouch } from '../../../helpers/team-test-server';
import { tempDir } from '../../../helpers/temp-dirs';

/** One app as main runs it: the link, and what it sent to its window. */
interface App {
  link: TeamLink;
  statuses: TeamSnapshot[];
  deliveries: TeamDelivery[];
  /** How the window answers a delivery (null: applied). */
  answer: (delivery: TeamDelivery) => string | null | 'silent';
}

let couch: TestCouch;
const opened: TeamLink[] = [];

async function app(folder = tempDir('stp-app-'), retryWatchMs = 200): Promise<App> {
  const self: App = { link: null!, statuses: [], deliveries: [], answer: () => null };
  self.link = await TeamLink.open({
    folder,
    fs: nodeFileSystem,
    secrets: fakeKeychain,
    Pouch: LevelPouch,
    now: () => new Date('2026-12-03T14:02:00.000Z'),
    sendStatus: (snapshot) => self.statuses.push(snapshot),
    sendChanges: (delivery) => {
      self.deliveries.push(delivery);
      const answer = self.answer(delivery);
      if (answer !== 'silent') queueMicrotask(() => self.link.applied(delivery.delivery, answer));
    },
    // Quick, so a test sees the schedule work without waiting a minute.
    timing: { afterChangeMs: 50, everyMs: 60_000, retryWatchMs },
    deliveryTimeoutMs: 1_000,
  });
  opened.push(self.link);
  return self;
}

const signIn = (self: App, name: string) =>
  self.link.signIn({ url: couch.url, database: 'team', name, password: `pw-${name}` });

/** An app signed in as `name` that has taken the team's workspace. */
async function joined(name: string): Promise<App> {
  const self = await app();
  await signIn(self, name);
  await self.link.syncNow();
  await self.link.taken((await self.link.joinPreview()).through);
  return self;
}

const received = (self: App) =>
  self.deliveries.flatMap((d) => d.ops).flatMap((op) => (op.type === 'put' ? op.rows : []));

const workspace = {
  members: [
    { id: 'S1', name: 'Sven', level: 'senior', supervisorId: null, active: true },
    { id: 'J1', name: 'Jana', level: 'junior', supervisorId: 'S1', active: true },
  ],
  accounts: [{ id: 'K1', name: 'Müller GmbH', segment: 'A', ownerId: 'S1', territoryId: null }],
  // Personal settings and scenarios never go to the server.
  settings: [{ key: 'language', value: 'de' }],
  scenarios: [{ id: 'SC1', name: 'Draft' }],
};

beforeAll(async () => {
  couch = await startRuleTeam(['S1', 'J1']);
}, 60_000);
afterEach(async () => {
  await Promise.all(opened.splice(0).map((link) => link.close()));
});
afterAll(() => couch?.stop());

describe('the team link between main and the window', () => {
  it('the lead publishes to an empty server; a member previews, takes it, then gets changes as they happen', async () => {
    const lead = await app();
    await signIn(lead, 'lead');
    const joining = await lead.link.syncNow();
    expect(joining.status.state).toEqual({ kind: 'joining', teamRows: 0 });
    await expect(lead.link.publish(async () => workspace)).resolves.toMatchObject({
      kind: 'published',
      snapshot: { status: { state: { kind: 'upToDate' }, refused: [] } },
    });

    const member = await app();
    expect(await signIn(member, 'S1')).toMatchObject({
      kind: 'signedIn',
      snapshot: { person: { name: 'S1', memberId: 'S1' } },
    });
    const seen = await member.link.syncNow();
    expect(seen.status.state).toEqual({ kind: 'joining', teamRows: 3 });
    // Joining does not hand anything over: the window compares first.
    expect(member.deliveries).toEqual([]);
    const preview = await member.link.joinPreview();
    expect(preview.tables.accounts).toEqual(workspace.accounts);
    expect(preview.tables.members).toEqual(expect.arrayContaining(workspace.members));
    expect(preview.tables.members).toHaveLength(2);
    expect(preview.tables.settings).toEqual([]);
    await member.link.taken(preview.through);

    // The lead changes an account; the member's schedule notices the server moved and syncs.
    const renamed: ChangeOp = {
      type: 'put',
      table: 'accounts',
      rows: [{ ...workspace.accounts[0]!, name: 'Müller & Söhne GmbH' }],
    };
    await lead.link.localCommitted([renamed]);
    await vi.waitFor(() => expect(received(member)).toContainEqual(renamed.rows[0]), {
      timeout: 15_000,
      interval: 100,
    });
    // The status settles once the window confirmed and the round finished, a moment later.
    await vi.waitFor(() => expect(member.statuses.at(-1)!.status.state.kind).toBe('upToDate'), {
      timeout: 5_000,
      interval: 50,
    });

    // The server goes away and comes back: the member's laptop watches again by itself.
    await couch.suspend();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await couch.resume();
    const again: ChangeOp = {
      type: 'put',
      table: 'accounts',
      rows: [{ ...workspace.accounts[0]!, name: 'Müller & Töchter GmbH' }],
    };
    await lead.link.localCommitted([again]);
    await vi.waitFor(() => expect(received(member)).toContainEqual(again.rows[0]), {
      timeout: 15_000,
      interval: 100,
    });
  });

  it('after the server was out of reach, gets what was written while it waited to watch again', async () => {
    const lead = await app();
    await signIn(lead, 'lead');
    await lead.link.syncNow();
    await lead.link.taken((await lead.link.joinPreview()).through);
    // Slow to retry: the lead's change lands before this laptop watches again.
    const member = await app(undefined, 2_000);
    await signIn(member, 'S1');
    await member.link.syncNow();
    await member.link.taken((await member.link.joinPreview()).through);
    await couch.suspend();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await couch.resume();
    const change: ChangeOp = {
      type: 'put',
      table: 'territories',
      rows: [{ id: 'T-watch', name: 'Süd', memberId: 'S1' }],
    };
    await lead.link.localCommitted([change]);
    await lead.link.syncNow();
    await vi.waitFor(() => expect(received(member)).toContainEqual(change.rows[0]), {
      timeout: 10_000,
      interval: 100,
    });
  });

  it('hands over again what the window did not take, and tells why it stopped meanwhile', async () => {
    const lead = await app();
    await signIn(lead, 'lead');
    await lead.link.syncNow();
    await lead.link.taken((await lead.link.joinPreview()).through);
    const member = await app();
    await signIn(member, 'J1');
    await member.link.syncNow();
    await member.link.taken((await member.link.joinPreview()).through);
    const change: ChangeOp = {
      type: 'put',
      table: 'territories',
      rows: [{ id: 'T9', name: 'Nord', memberId: 'J1' }],
    };
    await lead.link.localCommitted([change]);
    await lead.link.syncNow();

    member.answer = () => 'The workspace is read-only.';
    const refused = await member.link.syncNow();
    expect(refused.status.state).toMatchObject({ kind: 'stopped', problem: 'replica' });
    // A window that never answers (closed mid-way) holds nothing up for ever either.
    member.answer = () => 'silent';
    expect((await member.link.syncNow()).status.state).toMatchObject({ kind: 'stopped' });
    member.answer = () => null;
    const again = await member.link.syncNow();
    expect(again.status.state.kind).toBe('upToDate');
    expect(member.deliveries.at(-1)!.ops).toEqual([change]);
    // Applied once: not handed over a fourth time.
    const count = member.deliveries.length;
    await member.link.syncNow();
    expect(member.deliveries).toHaveLength(count);
  });

  it('lists a target two Seniors set differently offline, and settles it with the version one chose, everywhere', async () => {
    const part = (monthlyCents: number[]): ChangeOp => ({
      type: 'put',
      table: 'planTargets',
      rows: [{ planId: 'P-settle', memberId: 'J1', monthlyCents, signoff: 'open' }],
    });
    const lead = await joined('lead');
    await ensureLogin(couch.admin, 'S2', 'pw-S2', 'S2');
    const [s1, s2] = [await joined('S1'), await joined('S2')];
    // S2 on the roster the server's rules hold (an earlier test published a team without S2).
    await lead.link.localCommitted([
      {
        type: 'put',
        table: 'members',
        rows: [{ id: 'S2', name: 'S2', level: 'senior', supervisorId: null, active: true }],
      },
      part([100, 100]),
    ]);
    await lead.link.syncNow();
    await s1.link.syncNow();
    await s2.link.syncNow();
    // Both offline: the same month set twice.
    await couch.suspend();
    await s1.link.localCommitted([part([120, 100])]);
    await s2.link.localCommitted([part([140, 100])]);
    await couch.resume();
    await s1.link.syncNow();
    // A sync the schedule started may still be running: its outcome comes first.
    await vi.waitFor(async () => expect((await s2.link.syncNow()).status.conflicts).toBe(1));
    const [conflict] = await s2.link.conflicts();
    expect(conflict).toMatchObject({
      id: 'planTargets:P-settle:J1',
      table: 'planTargets',
      clashes: [{ path: 'monthlyCents.0' }],
    });
    expect(conflict!.clashes![0]).toMatchObject({
      mine: expect.any(Number),
      theirs: expect.any(Number),
    });
    expect(conflict!.versions.map((v) => [v.by, v.row?.monthlyCents]).sort()).toEqual([
      ['S1', [120, 100]],
      ['S2', [140, 100]],
    ]);
    const s1Version = conflict!.versions.find((v) => v.by === 'S1')!;
    await expect(s2.link.settle(conflict!.id, '9-nothing')).rejects.toThrow(/not part/);

    const outcome = await s2.link.settle(conflict!.id, s1Version.rev);
    expect(outcome).toMatchObject({ kind: 'settled', snapshot: { status: { conflicts: 0 } } });
    const [kept, audit] = s2.deliveries.at(-1)!.ops;
    expect(kept).toEqual(part([120, 100]));
    // The choice is in the audit trail, in the chooser's name: whose version stayed, whose not.
    const entry = (audit as Extract<ChangeOp, { type: 'put' }>).rows[0]!;
    expect(audit).toMatchObject({ type: 'put', table: 'approvals' });
    expect(entry).toMatchObject({
      kind: 'conflict',
      state: 'approved',
      requesterId: 'S2',
      approverId: 'S2',
      change: {
        table: 'planTargets',
        key: 'P-settle:J1',
        kept: { by: 'S1' },
        dropped: [{ by: 'S2' }],
        fields: [{ path: 'monthlyCents.0', kept: 120, dropped: [140] }],
      },
    });
    const stored = await couchRequest(couch.admin, 'GET', 'team/planTargets:P-settle:J1');
    expect(stored.body).toMatchObject({ by: 'S2', row: { monthlyCents: [120, 100] } });
    // The server took the record (its rules let a Senior record their own choice).
    const record = await couchRequest(couch.admin, 'GET', `team/approvals:${String(entry.id)}`);
    expect(record.body).toMatchObject({ by: 'S2', row: { kind: 'conflict', requesterId: 'S2' } });
    // The other laptop sees it settled too, with the record, and nothing waits for a choice.
    await vi.waitFor(async () => expect((await s1.link.syncNow()).status.conflicts).toBe(0));
    expect(await s1.link.conflicts()).toEqual([]);
    const records = s1.deliveries
      .flatMap((d) => d.ops)
      .flatMap((op) => (op.type === 'put' && op.table === 'approvals' ? op.rows : []));
    expect(records).toContainEqual(entry);
  });

  it('takes back a change the server refused: the team’s version here again, and the list empties', async () => {
    const junior = await app();
    await signIn(junior, 'J1');
    await junior.link.syncNow();
    await junior.link.taken((await junior.link.joinPreview()).through);
    const team = (await couchRequest(couch.admin, 'GET', 'team/accounts:K1')).body.row as Record<
      string,
      unknown
    >;
    // The Junior renames a Senior's account (a tampered window): the server refuses it.
    await junior.link.localCommitted([
      { type: 'put', table: 'accounts', rows: [{ ...team, name: 'Mine now' }] },
    ]);
    await vi.waitFor(async () =>
      expect((await junior.link.syncNow()).status.refused).toMatchObject([{ id: 'accounts:K1' }]),
    );
    // Out of reach: said so, nothing changes.
    await couch.suspend();
    const handed = junior.deliveries.length;
    expect(await junior.link.putBack('accounts:K1')).toEqual({
      kind: 'failed',
      problem: 'unreachable',
    });
    expect(junior.deliveries).toHaveLength(handed);
    await couch.resume();

    const answer = await junior.link.putBack('accounts:K1');
    expect(answer).toMatchObject({ kind: 'putBack', snapshot: { status: { refused: [] } } });
    expect(junior.deliveries.at(-1)!.ops).toEqual([
      { type: 'put', table: 'accounts', rows: [team] },
    ]);
    // The write-back reached the server (it changes nothing there) and nothing is refused again.
    const stored = await couchRequest(couch.admin, 'GET', 'team/accounts:K1');
    expect(stored.body).toMatchObject({ by: 'J1', row: team });
    expect((await junior.link.syncNow()).status.refused).toEqual([]);
  });

  it('a sync asked for while one is under way sends what was recorded after that one began', async () => {
    const lead = await joined('lead');
    const member = await joined('S1');
    // The member's next sync stops at handing the lead's change to its window…
    const held: TeamDelivery[] = [];
    member.answer = (delivery) => (held.push(delivery), 'silent');
    const territory = { id: 'T-under-way', name: 'West', memberId: 'S1' };
    await lead.link.localCommitted([{ type: 'put', table: 'territories', rows: [territory] }]);
    await lead.link.syncNow();
    const underWay = member.link.syncNow();
    await vi.waitFor(() => expect(held).toHaveLength(1), { timeout: 10_000, interval: 20 });
    // …past sending: what the member records now is not part of it.
    const part = { planId: 'P-under-way', memberId: 'S1', monthlyCents: [4_200], signoff: 'open' };
    await member.link.localCommitted([{ type: 'put', table: 'planTargets', rows: [part] }]);
    const asked = member.link.syncNow();
    member.answer = () => null;
    member.link.applied(held[0]!.delivery, null);
    await underWay;
    await asked;
    const stored = await couchRequest(couch.admin, 'GET', 'team/planTargets:P-under-way:S1');
    expect(stored.body).toMatchObject({ by: 'S1', row: part });
  });

  it('says why signing in did not work, and lets only the lead publish', async () => {
    const member = await app();
    expect(
      await member.link.signIn({ url: couch.url, database: 'team', name: 'S1', password: 'no' }),
    ).toEqual({ kind: 'refused', problem: 'wrongPassword' });
    expect(
      await member.link.signIn({
        url: 'http://127.0.0.1:9',
        database: 'team',
        name: 'S1',
        password: 'pw-S1',
      }),
    ).toEqual({ kind: 'refused', problem: 'unreachable' });
    expect(member.link.snapshot().person).toBeNull();
    await signIn(member, 'S1');
    await member.link.syncNow();
    await expect(member.link.publish(async () => workspace)).rejects.toThrow(/lead/);
  });

  it('records nothing of this laptop’s before it joined: the join decides', async () => {
    const member = await app();
    await signIn(member, 'S1');
    await member.link.localCommitted([
      {
        type: 'put',
        table: 'actuals',
        rows: [{ memberId: 'S1', month: '2026-03', revenueCents: 5 }],
      },
    ]);
    const status = await member.link.syncNow();
    expect(status.status.state.kind).toBe('joining');
    const preview = await member.link.joinPreview();
    expect(preview.tables.actuals).toEqual([]);
  });
});

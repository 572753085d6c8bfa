import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import { ensureLogin, setupTeamServer } from '../../../../electron/services/team-server/team-setup';
import type { ChangeOp } from '@shared/persistence/tables';
import { RULE_FACTS } from '../../../helpers/team-rule-cases';
import { startTestCouch, type TestCouch } from '../../../helpers/team-test-server';
import { joinTeam, teamLaptops, type Laptop } from '../../../helpers/team-laptop';
import { tempDir } from '../../../helpers/temp-dirs';
import { startRuleTeam } from '../../../helpers/rule-team';

let couch: TestCouch;
const { laptop, closeAll } = teamLaptops();
const join = (self: Laptop, name: string) => joinTeam(couch.url, self, name);

const actuals = (memberId: string, month: string, origin?: 'team'): ChangeOp => ({
  type: 'put',
  table: 'actuals',
  rows: [{ memberId, month, revenueCents: 1_00 }],
  ...(origin ? { origin } : {}),
});

beforeAll(async () => {
  couch = await startRuleTeam(['S1', 'J1']);
}, 60_000);
afterEach(closeAll);
afterAll(() => couch?.stop());

describe('team sync in the main process', () => {
  it('sends a member’s changes in their name and hands them to the others once, never back', async () => {
    const junior = await laptop();
    const senior = await laptop();
    await join(junior, 'J1');
    expect(junior.sync.signedIn()).toMatchObject({ memberId: 'J1' });
    await join(senior, 'S1');
    // A change of the junior's own, and one that had come from the team (journaled back).
    await junior.sync.localCommitted([actuals('J1', '2026-08'), actuals('S1', '2026-08', 'team')]);
    expect(await junior.sync.syncNow()).toMatchObject({
      state: { kind: 'upToDate', at: '2026-12-03T14:02:00.000Z' },
      memberId: 'J1',
      refused: [],
    });
    expect(junior.statuses.map((s) => s.state.kind)).toEqual(['sending', 'upToDate']);
    await senior.sync.syncNow();
    expect(senior.delivered).toEqual([[actuals('J1', '2026-08')]]);
    const doc = await couchRequest(couch.admin, 'GET', 'team/actuals:J1:2026-08');
    expect(doc.body).toMatchObject({ by: 'J1' });
    // The senior's working database journals what it was handed: it does not go out again.
    await senior.sync.localCommitted(
      senior.delivered[0]!.map((op) => ({ ...op, origin: 'team' as const })),
    );
    expect((await senior.sync.syncNow()).state).toMatchObject({ kind: 'upToDate' });
    expect(senior.statuses.some((s) => s.state.kind === 'sending')).toBe(false);
    await junior.sync.syncNow();
    expect(junior.delivered).toEqual([]);
  });

  it('never sends back, as its own, a change that came from the team, even an older one', async () => {
    const junior = await laptop();
    const senior = await laptop();
    await join(junior, 'J1');
    await join(senior, 'S1');
    const version = (revenueCents: number): ChangeOp => ({
      type: 'put',
      table: 'actuals',
      rows: [{ memberId: 'J1', month: '2026-12', revenueCents }],
    });
    await junior.sync.localCommitted([version(100)]);
    await junior.sync.syncNow();
    await senior.sync.syncNow();
    await junior.sync.localCommitted([version(200)]);
    await junior.sync.syncNow();
    await senior.sync.syncNow();
    // The first version reaches the senior's journal only now, after the second arrived.
    await senior.sync.localCommitted([{ ...version(100), origin: 'team' }]);
    await senior.sync.syncNow();
    const doc = await couchRequest(couch.admin, 'GET', 'team/actuals:J1:2026-12');
    expect(doc.body).toMatchObject({ by: 'J1', row: { revenueCents: 200 } });
  });

  it('hands a big change over in pieces, and confirms it only once all are applied', async () => {
    const lead = await laptop();
    await join(lead, 'lead');
    const fresh = await laptop();
    await join(fresh, 'S1');
    const rows = Array.from({ length: 6_000 }, (_, i) => ({ id: `BIG${i}`, name: `Kunde ${i}` }));
    await lead.sync.localCommitted([{ type: 'put', table: 'accounts', rows }]);
    await lead.sync.syncNow();
    await fresh.sync.syncNow();
    const size = (piece: ChangeOp[]) =>
      piece.reduce((n, op) => n + (op.type === 'put' ? op.rows.length : 1), 0);
    expect(fresh.delivered.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...fresh.delivered.map(size))).toBeLessThanOrEqual(5_000);
    const big = fresh.delivered
      .flat()
      .flatMap((op) => (op.type === 'put' ? op.rows : []))
      .filter((row) => String(row.id).startsWith('BIG'));
    expect(big).toHaveLength(6_000);
    // Confirmed: the next sync hands nothing over again.
    const pieces = fresh.delivered.length;
    await fresh.sync.syncNow();
    expect(fresh.delivered).toHaveLength(pieces);
  });

  it('says which changes the server refused and why, until they are changed back', async () => {
    const junior = await laptop();
    await join(junior, 'J1');
    await junior.sync.localCommitted([actuals('J2', '2026-09')]);
    const refusal = [{ id: 'actuals:J2:2026-09', reason: 'policy.refused.othersActuals' }];
    expect((await junior.sync.syncNow()).refused).toEqual(refusal);
    // Not sent again, and still only on this laptop: the next sync still says so.
    expect((await junior.sync.syncNow()).refused).toEqual(refusal);
    // Changed back (here: removed), the row no longer differs from the team's.
    await junior.sync.localCommitted([
      { type: 'delete', table: 'actuals', keys: [['J2', '2026-09']] },
    ]);
    expect((await junior.sync.syncNow()).refused).toEqual([]);
  });

  it('keeps the person and the changes waiting across a restart, and hands over again what was not applied', async () => {
    const folder = tempDir('stp-laptop-');
    const first = await laptop(folder);
    await join(first, 'S1');
    await first.sync.syncNow();
    await first.sync.localCommitted([actuals('S1', '2026-10')]);
    await first.sync.close();
    const again = await laptop(folder);
    expect(again.sync.signedIn()).toMatchObject({ name: 'S1', memberId: 'S1' });
    expect(again.statuses.at(-1)!.state).toEqual({ kind: 'offline', pending: 1 });
    // Someone else's change arrives while this laptop's working database is read-only.
    const other = await laptop();
    await join(other, 'J1');
    await other.sync.localCommitted([actuals('J1', '2026-10')]);
    await other.sync.syncNow();
    again.refuseDelivery = true;
    expect((await again.sync.syncNow()).state).toMatchObject({
      kind: 'stopped',
      problem: 'replica',
    });
    again.refuseDelivery = false;
    await again.sync.syncNow();
    expect(again.delivered.flat()).toContainEqual(actuals('J1', '2026-10'));
  });

  it('lets a sync under way finish before another person signs in', async () => {
    const shared = await laptop();
    await join(shared, 'S1');
    await shared.sync.localCommitted([actuals('S1', '2027-01')]);
    const running = shared.sync.syncNow();
    await shared.sync.signIn(couch.url, 'team', 'J1', 'pw-J1');
    expect((await running).state).toMatchObject({ kind: 'upToDate' });
    expect(shared.sync.signedIn()).toMatchObject({ memberId: 'J1' });
  });

  it('closes after the sync under way; one asked for meanwhile does not start on a closed replica', async () => {
    const shared = await laptop();
    await join(shared, 'S1');
    await shared.sync.localCommitted([actuals('S1', '2027-02')]);
    const running = shared.sync.syncNow();
    await shared.sync.localCommitted([actuals('S1', '2027-03')]);
    const asked = shared.sync.syncNow();
    await shared.sync.close();
    expect((await running).state).toMatchObject({ kind: 'upToDate' });
    // Not started on the closed replica, and not an error: what waits goes with the next start.
    await expect(asked).resolves.toMatchObject({ memberId: 'S1' });
  });

  it('sends what a workspace import or restore changed, as the signed-in person’s changes', async () => {
    const lead = await laptop();
    await join(lead, 'lead');
    const senior = await laptop();
    await join(senior, 'S1');
    await lead.sync.localCommitted([
      {
        type: 'put',
        table: 'territories',
        rows: [
          { id: 'TR1', name: 'Nord' },
          { id: 'TR2', name: 'Süd' },
        ],
      },
    ]);
    await lead.sync.syncNow();
    await senior.sync.syncNow();
    senior.delivered.length = 0;
    // The lead restores a backup in which TR1 had another name and TR2 did not exist.
    await lead.sync.localReplaced({
      territories: [{ id: 'TR1', name: 'Nordost' }],
      scenarios: [{ id: 'SC1', name: 'stays home' }],
    });
    await lead.sync.syncNow();
    await senior.sync.syncNow();
    expect(senior.delivered.flat()).toEqual(
      expect.arrayContaining([
        { type: 'put', table: 'territories', rows: [{ id: 'TR1', name: 'Nordost' }] },
        { type: 'delete', table: 'territories', keys: ['TR2'] },
      ]),
    );
    // Before a laptop joined, a replace is the join's business, not the team's.
    const fresh = await laptop();
    await fresh.sync.signIn(couch.url, 'team', 'S1', 'pw-S1');
    await fresh.sync.localReplaced({ territories: [] });
    await fresh.sync.syncNow();
    expect((await fresh.sync.joinPreview()).tables.territories).toEqual(
      expect.arrayContaining([{ id: 'TR1', name: 'Nordost' }]),
    );
  });

  it('asks for the password again when the session ended, and forgets everything on sign-out', async () => {
    const senior = await laptop();
    await ensureLogin(couch.admin, 'S1b', 'pw-S1b', 'S1');
    await join(senior, 'S1b');
    const user = await couchRequest(couch.admin, 'GET', '_users/org.couchdb.user:S1b');
    await couchRequest(couch.admin, 'PUT', '_users/org.couchdb.user:S1b', {
      ...user.body,
      password: 'new',
    });
    expect((await senior.sync.syncNow()).state).toMatchObject({
      kind: 'stopped',
      problem: 'wrongPassword',
    });
    await senior.sync.signOut();
    expect(senior.sync.current().state).toEqual({ kind: 'signedOut' });
    await senior.sync.localCommitted([actuals('S1', '2026-11')]);
    expect((await laptop(senior.folder)).sync.signedIn()).toBeNull();
  });
});

describe('two Seniors change the same plan part offline', () => {
  const part = (planId: string, monthlyCents: number[]): ChangeOp => ({
    type: 'put',
    table: 'planTargets',
    rows: [{ planId, memberId: 'J1', monthlyCents, signoff: 'open' }],
  });

  async function bothOffline(planId: string, one: number[], two: number[]) {
    const lead = await laptop();
    await join(lead, 'lead');
    await lead.sync.localCommitted([part(planId, [100, 100, 100])]);
    await lead.sync.syncNow();
    const [s1, s2] = [await laptop(), await laptop()];
    await ensureLogin(couch.admin, 'S2', 'pw-S2', 'S2');
    await join(s1, 'S1');
    await join(s2, 'S2');
    await s1.sync.syncNow();
    await s2.sync.syncNow();
    await s1.sync.localCommitted([part(planId, one)]);
    await s2.sync.localCommitted([part(planId, two)]);
    await s1.sync.syncNow();
    return { s1, s2, second: await s2.sync.syncNow() };
  }

  it('merges edits of different months by itself, on both laptops and the server', async () => {
    const { s1, s2, second } = await bothOffline('P20', [150, 100, 100], [100, 100, 90]);
    expect(second.conflicts).toBe(0);
    const merged = part('P20', [150, 100, 90]);
    expect(s2.delivered.flat()).toContainEqual(merged);
    expect((await s1.sync.syncNow()).conflicts).toBe(0);
    expect(s1.delivered.flat()).toContainEqual(merged);
    const onServer = await couchRequest(couch.admin, 'GET', 'team/planTargets:P20:J1');
    expect(onServer.body).toMatchObject({ by: 'S2', row: { monthlyCents: [150, 100, 90] } });
  });

  it('leaves the same month set twice to a person, on both laptops', async () => {
    const { s1, second } = await bothOffline('P21', [120, 100, 100], [140, 100, 100]);
    expect(second.conflicts).toBe(1);
    expect((await s1.sync.syncNow()).conflicts).toBe(1);
    const [conflict] = await s1.sync.conflicts();
    expect(conflict!.merge.kind).toBe('conflict');
  });
});

describe('out of reach', () => {
  it('shows offline with what waits to be sent', async () => {
    const own = await startTestCouch();
    await setupTeamServer({
      server: own.admin,
      database: 'team',
      lead: { name: 'lead', password: 'pw-lead' },
      facts: RULE_FACTS,
    });
    const lead = await laptop();
    await lead.sync.signIn(own.url, 'team', 'lead', 'pw-lead');
    await lead.sync.syncNow();
    await lead.sync.take((await lead.sync.joinPreview()).through);
    await own.stop();
    await lead.sync.localCommitted([
      { type: 'put', table: 'territories', rows: [{ id: 'T1', name: 'Nord' }] },
    ]);
    expect((await lead.sync.syncNow()).state).toEqual({ kind: 'offline', pending: 1 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import { TeamReplica, type TeamRemote } from '../../../../electron/services/team-sync/team-replica';
import { TeamSyncError } from '../../../../electron/services/team-sync/sync-errors';
import type { PouchConstructor } from '../../../../electron/services/team-sync/pouch';
import type { ChangeOp } from '@shared/persistence/tables';
import { LevelPouch, type TestCouch } from '../../../helpers/team-test-server';
import { startRuleTeam } from '../../../helpers/rule-team';
import { tempDir } from '../../../helpers/temp-dirs';

const Level = LevelPouch as unknown as PouchConstructor;
let couch: TestCouch;
const opened: TeamReplica[] = [];
const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T08:00:00.000Z`;

/** The logins of the rule cases' team: the lead, Seniors S1 and S2, Junior J1 (S1's). */
const remoteOf = (who: 'lead' | 'S1' | 'S2' | 'J1'): TeamRemote => ({
  url: couch.url,
  database: 'team',
  username: who,
  password: `pw-${who}`,
});
const author = (who: 'lead' | 'S1' | 'S2' | 'J1', day = 3) => ({
  by: who === 'lead' ? null : who,
  at: at(day),
});

/** A replica of a laptop that has joined its team (before that, it only fetches). */
async function laptop(folder = tempDir('stp-laptop-')): Promise<TeamReplica> {
  const replica = await TeamReplica.open(Level, folder);
  if (!replica.joined) await replica.join(0);
  opened.push(replica);
  return replica;
}

beforeAll(async () => {
  couch = await startRuleTeam(['S1', 'S2', 'J1']);
}, 60_000);

afterAll(async () => {
  await Promise.all(opened.map((r) => r.close().catch(() => undefined)));
  await couch?.stop();
});

const actuals = (memberId: string, month: string, revenueCents: number): ChangeOp => ({
  type: 'put',
  table: 'actuals',
  rows: [{ memberId, month, revenueCents }],
});

describe('a laptop’s team replica', () => {
  it('sends the team’s rows, keeps personal ones home, and hands the others’ changes over once', async () => {
    const junior = await laptop();
    const senior = await laptop();
    const written = await junior.record(
      [
        actuals('J1', '2026-01', 12_000_00),
        { type: 'put', table: 'settings', rows: [{ key: 'language', value: 'de' }] },
        { type: 'put', table: 'scenarios', rows: [{ id: 'SC1', name: 'Draft' }] },
      ],
      author('J1'),
    );
    expect(written).toBe(1);
    expect(await junior.sync(remoteOf('J1'))).toMatchObject({ sent: 1, refused: [] });
    expect((await senior.sync(remoteOf('S1'))).received).toBeGreaterThanOrEqual(1);
    const arrived = await senior.received();
    expect(arrived.ops).toEqual([actuals('J1', '2026-01', 12_000_00)]);
    // The junior's own change is not handed back to the junior as someone else's.
    expect((await junior.received()).ops).toEqual([]);
    await senior.handedOver(arrived.through);
    expect((await senior.received()).ops).toEqual([]);
  });

  it('keeps what was handed over and what waits to be sent across a restart', async () => {
    const other = await laptop();
    await other.record([actuals('J1', '2026-02', 3_00)], author('J1'));
    await other.sync(remoteOf('J1'));
    const folder = tempDir('stp-laptop-');
    const first = await laptop(folder);
    await first.sync(remoteOf('S1'));
    const arrived = await first.received();
    const rows = arrived.ops.flatMap((op) => (op.type === 'put' ? op.rows : []));
    expect(rows).toContainEqual({ memberId: 'J1', month: '2026-02', revenueCents: 3_00 });
    await first.handedOver(arrived.through);
    await first.record([actuals('S1', '2026-02', 7_00)], author('S1'));
    const id = first.replicaId;
    await first.close();
    const again = await laptop(folder);
    expect(again.replicaId).toBe(id);
    expect((await again.received()).ops).toEqual([]);
    expect((await again.sync(remoteOf('S1'))).sent).toBe(1);
  });

  it('reports each change the server refused with its reason, and sends the rest', async () => {
    const junior = await laptop();
    await junior.record(
      [actuals('J1', '2026-03', 1_00), actuals('J2', '2026-03', 9_99)],
      author('J1'),
    );
    const outcome = await junior.sync(remoteOf('J1'));
    expect(outcome.sent).toBe(1);
    expect(outcome.refused).toEqual([
      { id: 'actuals:J2:2026-03', reason: 'policy.refused.othersActuals' },
    ]);
  });

  it('says whether the password is wrong or the server out of reach, and keeps the change for later', async () => {
    const junior = await laptop();
    await junior.record([actuals('J1', '2026-04', 4_00)], author('J1'));
    const wrong = await junior
      .sync({ ...remoteOf('J1'), password: 'nope' })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(TeamSyncError);
    expect((wrong as TeamSyncError).kind).toBe('wrongPassword');
    const offline = await junior
      .sync({ ...remoteOf('J1'), url: await closedPortUrl() })
      .catch((e: unknown) => e);
    expect((offline as TeamSyncError).kind).toBe('unreachable');
    expect((await junior.sync(remoteOf('J1'))).sent).toBe(1);
  });

  it('passes deletions and a table cleared on, as deletions', async () => {
    const lead = await laptop();
    const senior = await laptop();
    const territories = [1, 2, 3].map((n) => ({
      id: `T${n}`,
      name: `Gebiet ${n}`,
      ownerId: 'S1',
      rules: [],
    }));
    await lead.record([{ type: 'put', table: 'territories', rows: territories }], author('lead'));
    await lead.record([{ type: 'delete', table: 'territories', keys: ['T1'] }], author('lead'));
    await lead.sync(remoteOf('lead'));
    await senior.sync(remoteOf('S1'));
    const first = await senior.received();
    // A new laptop gets the rows as they stand (T1 was deleted before it ever saw it).
    expect(first.ops.filter((op) => op.table === 'territories')).toEqual([
      { type: 'put', table: 'territories', rows: territories.slice(1) },
    ]);
    await senior.handedOver(first.through);
    expect(await lead.record([{ type: 'clear', table: 'territories' }], author('lead'))).toBe(2);
    await lead.sync(remoteOf('lead'));
    await senior.sync(remoteOf('S1'));
    expect((await senior.received()).ops).toEqual([
      { type: 'delete', table: 'territories', keys: ['T2', 'T3'] },
    ]);
  });

  it('reconciles to a workspace: what differs becomes the author’s change, what is gone is deleted', async () => {
    const lead = await laptop();
    const t = (id: string, name: string) => ({ id, name, ownerId: 'S1', rules: [] });
    await lead.record(
      [{ type: 'put', table: 'territories', rows: [t('R1', 'Nord'), t('R2', 'Süd')] }],
      author('lead'),
    );
    const written = await lead.reconcile(
      {
        territories: [t('R1', 'Nord'), t('R3', 'West')],
        settings: [{ key: 'language', value: 'de' }],
      },
      author('lead'),
    );
    // R3 new, R2 gone; R1 unchanged and the personal setting never a team row.
    expect(written).toBe(2);
    await lead.sync(remoteOf('lead'));
    const onServer = await couchRequest(
      couch.admin,
      'GET',
      'team/_all_docs?startkey="territories:R"&endkey="territories:R~"',
    );
    expect((onServer.body.rows as Array<{ id: string }>).map((r) => r.id)).toEqual([
      'territories:R1',
      'territories:R3',
    ]);
  });

  it('takes a large import (more rows than one write) and updates it in place', async () => {
    const lead = await laptop();
    const accounts = Array.from({ length: 4_500 }, (_, i) => ({
      id: `B${i}`,
      name: `Kunde ${i}`,
      ownerId: 'S1',
    }));
    expect(
      await lead.record([{ type: 'put', table: 'accounts', rows: accounts }], author('lead')),
    ).toBe(4_500);
    const renamed = accounts.map((a) => ({ ...a, name: `${a.name} GmbH` }));
    expect(
      await lead.record([{ type: 'put', table: 'accounts', rows: renamed }], author('lead')),
    ).toBe(4_500);
    expect((await lead.sync(remoteOf('lead'))).sent).toBe(4_500);
  });
});

describe('two Seniors change the same plan part offline', () => {
  const part = { planId: 'P9', memberId: 'J1', monthlyCents: [100, 100, 100], signoff: 'open' };
  const put = (monthlyCents: number[]): ChangeOp => ({
    type: 'put',
    table: 'planTargets',
    rows: [{ ...part, monthlyCents }],
  });

  async function twoSeniors(planId: string) {
    const lead = await laptop();
    await lead.record(
      [{ ...put(part.monthlyCents), rows: [{ ...part, planId }] } as ChangeOp],
      author('lead'),
    );
    await lead.sync(remoteOf('lead'));
    const [s1, s2] = [await laptop(), await laptop()];
    await s1.sync(remoteOf('S1'));
    await s2.sync(remoteOf('S2'));
    return { s1, s2 };
  }
  const change = (planId: string, monthlyCents: number[]): ChangeOp => ({
    type: 'put',
    table: 'planTargets',
    rows: [{ ...part, planId, monthlyCents }],
  });

  it('merges changes to different months', async () => {
    const { s1, s2 } = await twoSeniors('P9');
    await s1.record([change('P9', [150, 100, 100])], author('S1', 4));
    await s2.record([change('P9', [100, 100, 90])], author('S2', 5));
    await s1.sync(remoteOf('S1'));
    await s2.sync(remoteOf('S2'));
    const [conflict] = await s2.conflicts();
    expect(conflict!.merge).toEqual({
      kind: 'merged',
      row: { ...part, planId: 'P9', monthlyCents: [150, 100, 90] },
    });
  });

  it('shows who set what where both changed the same month, and chooses nothing', async () => {
    const { s1, s2 } = await twoSeniors('P10');
    await s1.record([change('P10', [120, 100, 100])], author('S1', 4));
    await s2.record([change('P10', [140, 100, 100])], author('S2', 5));
    await s1.sync(remoteOf('S1'));
    await s2.sync(remoteOf('S2'));
    await s1.sync(remoteOf('S1'));
    for (const replica of [s1, s2]) {
      const [conflict] = await replica.conflicts();
      expect(conflict!.id).toBe('planTargets:P10:J1');
      expect(conflict!.merge).toEqual({
        kind: 'conflict',
        conflicts: [expect.objectContaining({ path: 'monthlyCents.0', ancestor: 100 })],
      });
      const byWhom = conflict!.versions
        .map((v) => [v.by, v.at, (v.row!.monthlyCents as number[])[0]])
        .sort();
      expect(byWhom).toEqual([
        ['S1', at(4), 120],
        ['S2', at(5), 140],
      ]);
    }
  });
});

/** A URL where nothing listens (a port taken and released). */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

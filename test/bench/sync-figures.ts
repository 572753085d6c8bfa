import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import type { WorkspaceData } from '@shared/domain/workspace';
import type { ChangeOp } from '@shared/persistence/tables';
import type { Row as TableRow } from '@shared/persistence/table-keys';
import { teamFactsOf } from '@shared/sync/team-facts';
import { couchRequest } from '../../electron/services/team-server/couch-admin';
import { ensureLogin, setupTeamServer } from '../../electron/services/team-server/team-setup';
import type { PouchConstructor } from '../../electron/services/team-sync/pouch';
import { TeamReplica, type TeamRemote } from '../../electron/services/team-sync/team-replica';
import { removeDir } from '../helpers/remove-dir';
import { LevelPouch, startTestCouch } from '../helpers/team-test-server';
import { percentile, round, type Row } from './figures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const Level = LevelPouch as unknown as PouchConstructor;
const AT = '2026-11-26T08:00:00.000Z';

/**
 * Team sync figures (Node, loopback; the main process's side — the replica on LevelDB files
 * and a CouchDB-protocol test server in memory — without the renderer):
 * - `sync.initial`: a new member's first sync of the whole team workspace (members,
 *   territories, accounts, five years of actuals) into an empty replica, changes read out for
 *   the working database; against a plain PouchDB → PouchDB replication (default options) of
 *   the same documents into an empty LevelDB database in the same run (target < 90 s and ≤ 2×).
 * - `sync.catchup`: 1,000 changes made offline (account edits by the lead), sent and
 *   acknowledged by the server, which checks each against the rules (target < 10 s).
 */
export async function syncFigures(
  data: WorkspaceData,
  label: string,
  runs: number,
  progress: (step: string) => void = () => {},
): Promise<Row[]> {
  // Each phase's time goes to the log: the whole step runs for many minutes at 250k.
  let phaseStart = performance.now();
  const phase = (step: string) => {
    progress(`team sync: ${step} (${((performance.now() - phaseStart) / 1000).toFixed(0)} s)`);
    phaseStart = performance.now();
  };
  // Long enough for the 250k run (the server stops by itself afterwards all the same).
  const couch = await startTestCouch({ lifetimeMs: 90 * 60_000 });
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-bench-sync-'));
    folders.push(dir);
    return dir;
  };
  try {
    const asLead: TeamRemote = {
      url: couch.url,
      database: 'team',
      username: 'lead',
      password: 'lead-pw',
    };
    const asMember: TeamRemote = { ...asLead, username: 'member', password: 'member-pw' };
    // The workspace goes onto the server first (not measured), the rules after it: the test
    // server evaluates the validation function anew for every document it takes (CouchDB
    // compiles it once), which would make publishing 250k documents take most of an hour.
    await couchRequest(couch.admin, 'PUT', 'team');
    // The lead's laptop as after a publish: joined, so its syncs send.
    const lead = await TeamReplica.open(Level, folder());
    await lead.join(0);
    const tables: Array<[ChangeOp['table'], TableRow[]]> = [
      ['members', data.members as unknown as TableRow[]],
      ['territories', data.territories as unknown as TableRow[]],
      ['accounts', data.accounts as unknown as TableRow[]],
      ['actuals', data.actuals as unknown as TableRow[]],
    ];
    for (const [table, rows] of tables)
      await lead.record([{ type: 'put', table, rows }], { by: null, at: AT });
    phase('workspace recorded on the lead’s laptop');
    await lead.sync({ ...asLead, username: couch.admin.username, password: couch.admin.password });
    phase('workspace on the server');
    await setupTeamServer({
      server: couch.admin,
      database: 'team',
      lead: { name: 'lead', password: 'lead-pw' },
      facts: teamFactsOf(data.members, DEFAULT_AUTHORITY),
    });
    const member = data.members.find((m) => m.active)!;
    await ensureLogin(couch.admin, 'member', 'member-pw', member.id);
    phase('rules and logins set up');
    const documents = tables.reduce((sum, [, rows]) => sum + rows.length, 0);

    const ours: number[] = [];
    const plain: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const baselineDb = new Level(path.join(folder(), 'plain'));
      const server = new Level(`${couch.url}/team`, {
        adapter: 'http',
        auth: { username: 'member', password: 'member-pw' },
      });
      let start = performance.now();
      await baselineDb.replicate.from(server);
      plain.push(performance.now() - start);
      await Promise.all([baselineDb.close(), server.close()]);

      const replica = await TeamReplica.open(Level, folder());
      start = performance.now();
      await replica.sync(asMember);
      const { count } = await replica.received();
      ours.push(performance.now() - start);
      if (count < documents) throw new Error(`only ${count} of ${documents} documents arrived`);
      await replica.close();
      phase(`run ${run + 1} of ${runs}: plain replication and first sync`);
    }

    const catchup: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const edited = data.accounts
        .slice(run * 1_000, run * 1_000 + 1_000)
        .map((a) => ({ ...a, name: `${a.name} (${run + 1})` }) as unknown as TableRow);
      await lead.record([{ type: 'put', table: 'accounts', rows: edited }], { by: null, at: AT });
      const start = performance.now();
      const outcome = await lead.sync(asLead);
      catchup.push(performance.now() - start);
      if (outcome.sent !== 1_000 || outcome.refused.length)
        throw new Error('catch-up not all sent');
    }
    await lead.close();
    phase('catch-up');

    const p50 = percentile(ours, 50);
    const base = percentile(plain, 50);
    const ratio = round(p50 / base, 2);
    return [
      {
        id: 'sync.initial',
        size: `${label} (${documents.toLocaleString('en')} documents)`,
        p50_ms: round(p50, 0),
        p95_ms: round(percentile(ours, 95), 0),
        baseline: 'plain PouchDB → PouchDB replication',
        baseline_p50_ms: round(base, 0),
        ratio,
        target: '< 90 s and ≤ 2× plain replication',
        met: p50 < 90_000 && ratio <= 2,
        runs,
        samples: ours.map((v) => round(v, 0)),
      },
      {
        id: 'sync.catchup',
        size: `${label}, 1,000 changes`,
        p50_ms: round(percentile(catchup, 50), 0),
        p95_ms: round(percentile(catchup, 95), 0),
        target: '< 10 s',
        met: percentile(catchup, 95) < 10_000,
        runs,
        samples: catchup.map((v) => round(v, 0)),
      },
    ];
  } finally {
    await couch.stop();
    for (const dir of folders) removeDir(dir);
  }
}

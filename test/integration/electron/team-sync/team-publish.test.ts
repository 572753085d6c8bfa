import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import type { TeamSyncState } from '@shared/sync/sync-status';
import { teamLaptops, type Laptop } from '../../../helpers/team-laptop';
import { startRuleTeam } from '../../../helpers/rule-team';
import type { TestCouch } from '../../../helpers/team-test-server';

let couch: TestCouch;
const { laptop, closeAll } = teamLaptops();

beforeAll(async () => {
  couch = await startRuleTeam(['S1', 'J1']);
}, 60_000);
afterEach(closeAll);
afterAll(() => couch?.stop());

// Enough rows for several batches of 500, so there is a moment between them to stop.
const workspace = {
  members: [
    { id: 'S1', name: 'Sven', level: 'senior', supervisorId: null, active: true },
    { id: 'J1', name: 'Jana', level: 'junior', supervisorId: 'S1', active: true },
  ],
  accounts: Array.from({ length: 3_000 }, (_, i) => ({
    id: `K${i}`,
    name: `Kunde ${i}`,
    segment: 'C',
    ownerId: 'S1',
    territoryId: null,
  })),
};
const rows = workspace.members.length + workspace.accounts.length;

/** The team rows the server holds (its design documents left out). */
async function serverRows(): Promise<number> {
  const { body } = await couchRequest(couch.admin, 'GET', 'team/_all_docs');
  return (body.rows as Array<{ id: string }>).filter((r) => !r.id.startsWith('_design/')).length;
}

const publishing = (self: Laptop) =>
  self.statuses
    .map((s) => s.state)
    .filter((s): s is Extract<TeamSyncState, { kind: 'publishing' }> => s.kind === 'publishing');

describe('the lead publishes with progress and can stop', () => {
  it('stops between batches when asked, sends nothing more until published again, then the rest', async () => {
    const lead = await laptop();
    await lead.sync.signIn(couch.url, 'team', 'lead', 'pw-lead');
    expect((await lead.sync.syncNow()).state).toEqual({ kind: 'joining', teamRows: 0 });
    const stop = new AbortController();
    // The lead presses Cancel once the first batch is on the server.
    lead.observe = (status) => {
      if (status.state.kind === 'publishing' && status.state.sent > 0) stop.abort();
    };

    const first = await lead.sync.publish(workspace, stop.signal);
    expect(first).toMatchObject({ kind: 'stopped', total: rows });
    if (first.kind !== 'stopped') return;
    expect(first.sent).toBeGreaterThan(0);
    expect(first.sent).toBeLessThan(rows);
    // Progress: comparing first (no total yet), then sent of total, never going back.
    const progress = publishing(lead);
    expect(progress[0]).toEqual({ kind: 'publishing', sent: 0, total: 0 });
    expect(progress.slice(1).every((p) => p.total === rows)).toBe(true);
    const sent = progress.map((p) => p.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    // What went stays; the laptop has not joined and says its publish did not finish.
    expect(await serverRows()).toBe(first.sent);
    expect(lead.sync.current().state).toMatchObject({ kind: 'joining', publishUnfinished: true });

    // A scheduled sync meanwhile sends nothing (Cancel meant it) nor says it would, and neither
    // does a restart.
    const seen = lead.statuses.length;
    await lead.sync.syncNow();
    expect(lead.statuses.slice(seen).map((s) => s.state.kind)).toEqual(['joining']);
    expect(await serverRows()).toBe(first.sent);
    await lead.sync.close();
    const again = await laptop(lead.folder);
    expect((await again.sync.syncNow()).state).toMatchObject({
      kind: 'joining',
      publishUnfinished: true,
    });
    expect(await serverRows()).toBe(first.sent);

    // Publishing again sends the rest only, and the laptop then works with the team.
    const second = await again.sync.publish(workspace);
    expect(second).toMatchObject({ kind: 'published', sent: rows - first.sent });
    expect(publishing(again).at(-1)).toEqual({
      kind: 'publishing',
      sent: rows - first.sent,
      total: rows - first.sent,
    });
    expect(await serverRows()).toBe(rows);
    expect(again.sync.current().state).toMatchObject({ kind: 'upToDate' });

    // A member who joins now gets the whole workspace.
    const member = await laptop();
    await member.sync.signIn(couch.url, 'team', 'S1', 'pw-S1');
    await member.sync.syncNow();
    expect((await member.sync.joinPreview()).tables.accounts).toHaveLength(3_000);
  });

  it('stops before anything is sent when Cancel comes while the rows are compared', async () => {
    const lead = await laptop();
    await lead.sync.signIn(couch.url, 'team', 'lead', 'pw-lead');
    await lead.sync.syncNow();
    const before = await serverRows();
    const stop = new AbortController();
    lead.observe = (status) => {
      if (status.state.kind === 'publishing') stop.abort();
    };
    const outcome = await lead.sync.publish(
      { ...workspace, accounts: [...workspace.accounts, { ...workspace.accounts[0]!, id: 'NEW' }] },
      stop.signal,
    );
    expect(outcome).toMatchObject({ kind: 'stopped', sent: 0 });
    expect(await serverRows()).toBe(before);
  });
});

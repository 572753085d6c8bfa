import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import { ensureLogin } from '../../../../electron/services/team-server/team-setup';
import type { ChangeOp } from '@shared/persistence/tables';
import { startRuleTeam } from '../../../helpers/rule-team';
import { teamLaptops } from '../../../helpers/team-laptop';
import type { TestCouch } from '../../../helpers/team-test-server';

let couch: TestCouch;
const { laptop, closeAll } = teamLaptops();

beforeAll(async () => {
  couch = await startRuleTeam(['S1', 'J1']);
  await ensureLogin(couch.admin, 'N1', 'pw-N1', 'N1');
}, 60_000);
afterEach(closeAll);
afterAll(() => couch?.stop());

const member = (id: string, level: 'senior' | 'junior', supervisorId: string | null) => ({
  id,
  name: id,
  level,
  supervisorId,
  active: true,
});
const actuals = (memberId: string, month: string): ChangeOp => ({
  type: 'put',
  table: 'actuals',
  rows: [{ memberId, month, revenueCents: 1_00 }],
});

describe('the lead’s laptop keeps the server’s roster current', () => {
  it('a member the lead adds can sync after the lead’s next sync, without rerunning the setup', async () => {
    const lead = await laptop();
    await lead.sync.signIn(couch.url, 'team', 'lead', 'pw-lead');
    await lead.sync.syncNow();
    await lead.sync.publish({
      members: [member('S1', 'senior', null), member('J1', 'junior', 'S1')],
    });

    const newcomer = await laptop();
    await newcomer.sync.signIn(couch.url, 'team', 'N1', 'pw-N1');
    await newcomer.sync.syncNow();
    await newcomer.sync.take((await newcomer.sync.joinPreview()).through);
    await newcomer.sync.localCommitted([actuals('N1', '2026-05')]);
    expect((await newcomer.sync.syncNow()).refused).toEqual([
      { id: 'actuals:N1:2026-05', reason: 'sync.refused.notOnTeam' },
    ]);

    await lead.sync.localCommitted([
      { type: 'put', table: 'members', rows: [member('N1', 'junior', 'S1')] },
    ]);
    await lead.sync.syncNow();
    const rules = await couchRequest(couch.admin, 'GET', 'team/_design/team-rules');
    expect(rules.body.team).toMatchObject({
      roster: { N1: { level: 'junior', supervisorId: 'S1', active: true } },
    });

    await newcomer.sync.localCommitted([actuals('N1', '2026-06')]);
    // The new change is taken; the refused one is not sent again and stays listed.
    expect((await newcomer.sync.syncNow()).refused).toEqual([
      { id: 'actuals:N1:2026-05', reason: 'sync.refused.notOnTeam' },
    ]);
    const stored = await couchRequest(couch.admin, 'GET', 'team/actuals:N1:2026-06');
    expect(stored.body).toMatchObject({ by: 'N1' });
    // Nothing changed since: the rules are not written again.
    await lead.sync.syncNow();
    const still = await couchRequest(couch.admin, 'GET', 'team/_design/team-rules');
    expect(still.body._rev).toBe(rules.body._rev);
  });
});

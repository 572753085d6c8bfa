import { ensureLogin, setupTeamServer } from '../../electron/services/team-server/team-setup';
import { RULE_FACTS } from './team-rule-cases';
import { startTestCouch, type TestCouch } from './team-test-server';

/**
 * A test server set up for the rule cases' team (database `team`): the lead's login `lead`
 * (`pw-lead`) and one login per member named by its id (`pw-<id>`).
 */
export async function startRuleTeam(members: readonly string[]): Promise<TestCouch> {
  const couch = await startTestCouch();
  await setupTeamServer({
    server: couch.admin,
    database: 'team',
    lead: { name: 'lead', password: 'pw-lead' },
    facts: RULE_FACTS,
  });
  for (const id of members) await ensureLogin(couch.admin, id, `pw-${id}`, id);
  return couch;
}

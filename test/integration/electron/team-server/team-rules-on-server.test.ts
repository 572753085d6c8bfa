import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  couchRequest,
  type CouchServer,
} from '../../../../electron/services/team-server/couch-admin';
import { ensureLogin, setupTeamServer } from '../../../../electron/services/team-server/team-setup';
import { TEAM_ROLE } from '@shared/sync/team-facts';
import {
  caseAuthor,
  caseDocId,
  PEOPLE,
  RULE_CASES,
  RULE_FACTS,
  type Person,
  type RuleCase,
} from '../../../helpers/team-rule-cases';
import { startTestCouch, type TestCouch } from '../../../helpers/team-test-server';

let couch: TestCouch;
const AT = '2026-12-03T08:00:00.000Z';
const password = (who: Person) => `pw-${who}-correct-horse`;
const as = (who: Person): CouchServer => ({
  url: couch.url,
  username: who,
  password: password(who),
});

/** A database of its own per case, holding the case's row as it was before. */
async function databaseFor(c: RuleCase, index: number): Promise<{ db: string; rev?: string }> {
  const db = `case-${index}`;
  await couchRequest(couch.admin, 'PUT', db);
  let rev: string | undefined;
  if (c.before) {
    const put = await couchRequest(
      couch.admin,
      'PUT',
      `${db}/${encodeURIComponent(caseDocId(c))}`,
      {
        table: c.table,
        row: c.before,
      },
    );
    rev = String(put.body.rev);
  }
  // The rules go in after the row: an admin's write is checked like anyone's.
  await setupTeamServer({
    server: couch.admin,
    database: db,
    lead: { name: 'lead', password: password('lead') },
    facts: RULE_FACTS,
  });
  return { db, rev };
}

beforeAll(async () => {
  couch = await startTestCouch();
  await setupTeamServer({
    server: couch.admin,
    database: 'team',
    lead: { name: 'lead', password: password('lead') },
    facts: RULE_FACTS,
  });
  for (const who of PEOPLE) {
    if (who === 'lead') continue;
    if (who === 'stranger') {
      const id = 'org.couchdb.user:stranger';
      await couchRequest(couch.admin, 'PUT', `_users/${id}`, {
        _id: id,
        name: who,
        type: 'user',
        roles: [TEAM_ROLE],
        password: password(who),
      });
    } else await ensureLogin(couch.admin, who, password(who), who);
  }
}, 60_000);

afterAll(() => couch?.stop());

describe('forged writes sent straight to the server over HTTP', () => {
  it.each(RULE_CASES.map((c, i) => [c.name, c, i] as const))(
    '%s',
    async (_, c, index) => {
      const { db, rev } = await databaseFor(c, index);
      const path = `${db}/${encodeURIComponent(caseDocId(c))}`;
      const response = c.after
        ? await couchRequest(
            as(c.who),
            'PUT',
            path,
            {
              ...(rev ? { _rev: rev } : {}),
              table: c.table,
              row: c.after,
              by: caseAuthor(c),
              at: AT,
            },
            [403],
          )
        : await couchRequest(as(c.who), 'DELETE', `${path}?rev=${rev}`, undefined, [403]);
      if (c.expect === null) {
        expect(response.status).toBeLessThan(300);
        return;
      }
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: 'forbidden', reason: c.expect });
      // Nothing of what was there is lost or half-written.
      const stored = await couchRequest(couch.admin, 'GET', path, undefined, [404]);
      if (c.before) expect(stored.body.row).toEqual(c.before);
      else expect(stored.status).toBe(404);
    },
    20_000,
  );
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  couchRequest,
  type CouchServer,
} from '../../../../electron/services/team-server/couch-admin';
import {
  ensureLogin,
  putTeamFacts,
  RULES_DOC_ID,
  setupTeamServer,
} from '../../../../electron/services/team-server/team-setup';
import { teamDocOf } from '@shared/sync/team-documents';

const AT = '2026-12-03T08:00:00.000Z';
import { RULE_FACTS } from '../../../helpers/team-rule-cases';
import {
  MemoryPouch,
  Pouch,
  startTestCouch,
  type TestCouch,
} from '../../../helpers/team-test-server';

let couch: TestCouch;
const lead = { name: 'lena', password: 'lead-password-1' };
const login = (username: string, password: string): CouchServer => ({
  url: couch.url,
  username,
  password,
});
const setup = (leadPassword = lead.password) =>
  setupTeamServer({
    server: couch.admin,
    database: 'team',
    lead: { name: lead.name, password: leadPassword },
    facts: RULE_FACTS,
  });

beforeAll(async () => {
  couch = await startTestCouch();
});
afterAll(() => couch?.stop());

describe('npm run team-server:setup', () => {
  it('creates what a fresh server lacks, then finds nothing to do', async () => {
    const first = await setup();
    expect(first).toEqual({
      createdDatabases: ['team'],
      rules: 'created',
      lead: 'created',
    });
    // Run again, even with another password typed: nothing changes, the lead's login stays.
    expect(await setup('another-password')).toEqual({
      createdDatabases: [],
      rules: 'unchanged',
      lead: 'unchanged',
    });
    const session = await couchRequest(login(lead.name, lead.password), 'GET', '_session');
    expect(session.body.userCtx).toEqual({ name: 'lena', roles: ['stp:team', 'stp:lead'] });
    const rules = await couchRequest(couch.admin, 'GET', `team/${RULES_DOC_ID}`);
    expect(rules.body.team).toEqual(RULE_FACTS);
  });

  it('opens the team database only to the team', async () => {
    const anonymous = await fetch(`${couch.url}/team/_all_docs`);
    expect(anonymous.status).toBe(401);
    await couchRequest(couch.admin, 'PUT', '_users/org.couchdb.user:visitor', {
      _id: 'org.couchdb.user:visitor',
      name: 'visitor',
      type: 'user',
      roles: [],
      password: 'visitor-pw',
    });
    const visitor = await couchRequest(
      login('visitor', 'visitor-pw'),
      'GET',
      'team/_all_docs',
      undefined,
      [401, 403],
    );
    expect(visitor.status).toBeGreaterThanOrEqual(401);
    await ensureLogin(couch.admin, 'jana', 'jana-pw', 'J1');
    const member = await couchRequest(login('jana', 'jana-pw'), 'GET', 'team/_all_docs');
    expect(member.status).toBe(200);
  });

  it('follows the roster the lead writes: a member who left is refused, a promotion counts', async () => {
    await ensureLogin(couch.admin, 'jonas', 'jonas-pw', 'J2');
    const weights = teamDocOf(
      'settings',
      { key: 'segmentWeights', value: { A: 10, B: 5, C: 1 } },
      'J2',
      AT,
    );
    const asJonas = login('jonas', 'jonas-pw');
    const before = await couchRequest(asJonas, 'PUT', `team/${weights._id}`, weights, [403]);
    expect(before.body.reason).toBe('policy.refused.juniorData');
    const roster = {
      ...RULE_FACTS.roster,
      J2: { level: 'senior' as const, supervisorId: null, active: true },
      J1: { ...RULE_FACTS.roster.J1!, active: false },
    };
    expect(await putTeamFacts(couch.admin, 'team', { ...RULE_FACTS, roster })).toBe('updated');
    const after = await couchRequest(asJonas, 'PUT', `team/${weights._id}`, weights);
    expect(after.status).toBe(201);
    const own = teamDocOf(
      'actuals',
      { memberId: 'J1', month: '2026-05', revenueCents: 1 },
      'J1',
      AT,
    );
    const left = await couchRequest(
      login('jana', 'jana-pw'),
      'PUT',
      `team/${encodeURIComponent(own._id)}`,
      own,
      [403],
    );
    expect(left.body.reason).toBe('sync.refused.notOnTeam');
    await putTeamFacts(couch.admin, 'team', RULE_FACTS);
  });

  it('lets the lead keep the roster, and nobody else', async () => {
    await ensureLogin(couch.admin, 'sven', 'sven-pw', 'S1');
    const current = await couchRequest(couch.admin, 'GET', `team/${RULES_DOC_ID}`);
    const forged = { ...current.body, team: { ...RULE_FACTS, roster: {} } };
    const senior = await couchRequest(
      login('sven', 'sven-pw'),
      'PUT',
      `team/${RULES_DOC_ID}`,
      forged,
      [401, 403],
    );
    expect(senior.status).toBeGreaterThanOrEqual(401);
    const asLead = login(lead.name, lead.password);
    const roster = {
      ...RULE_FACTS.roster,
      N1: { level: 'junior' as const, supervisorId: 'S1', active: true },
    };
    expect(await putTeamFacts(asLead, 'team', { ...RULE_FACTS, roster })).toBe('updated');
    const stored = await couchRequest(couch.admin, 'GET', `team/${RULES_DOC_ID}`);
    expect(Object.keys(stored.body.team as object)).toEqual(['roster', 'authority']);
    expect((stored.body.team as typeof RULE_FACTS).roster.N1).toBeDefined();
    await putTeamFacts(asLead, 'team', RULE_FACTS);
  });
});

describe('replication through the rules', () => {
  it('takes a Junior’s own actuals and refuses the forged ones, each with its reason', async () => {
    await ensureLogin(couch.admin, 'jana', 'jana-pw', 'J1');
    const laptop = new MemoryPouch(`laptop-${Date.now()}`);
    const own = teamDocOf(
      'actuals',
      { memberId: 'J1', month: '2026-06', revenueCents: 12_345_00 },
      'J1',
      AT,
    );
    const forged = teamDocOf(
      'actuals',
      { memberId: 'J2', month: '2026-06', revenueCents: 99_999_00 },
      'J1',
      AT,
    );
    await laptop.put({ ...own });
    await laptop.put({ ...forged });
    const remote = new Pouch(`${couch.url}/team`, {
      auth: { username: 'jana', password: 'jana-pw' },
    });
    const result = await laptop.replicate.to(remote);
    expect(result.docs_written).toBe(1);
    expect(result.doc_write_failures).toBe(1);
    expect(result.errors.map((e) => [e.id, e.reason])).toEqual([
      [forged._id, 'policy.refused.othersActuals'],
    ]);
    const stored = await couchRequest(couch.admin, 'GET', `team/_all_docs?include_docs=true`);
    const ids = (stored.body.rows as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toContain(own._id);
    expect(ids).not.toContain(forged._id);
    const other = new MemoryPouch(`other-${Date.now()}`);
    await remote.replicate.to(other);
    expect((await other.get(own._id)).row).toEqual(own.row);
    await Promise.all([laptop.close(), other.close(), remote.close()]);
  });
});

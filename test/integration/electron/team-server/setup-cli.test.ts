import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import { main, parseSetupArgs } from '../../../../electron/services/team-server/setup-cli';
import { RULES_DOC_ID } from '../../../../electron/services/team-server/team-setup';
import { encodeWorkspaceFile } from '../../../../electron/services/persistence/workspace-file';
import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import { emptyTables } from '@shared/persistence/tables';
import { teamDocOf } from '@shared/sync/team-documents';

const AT = '2026-12-03T08:00:00.000Z';
import { tempDir } from '../../../helpers/temp-dirs';
import { startTestCouch, type TestCouch } from '../../../helpers/team-test-server';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
  vi.stubEnv('TEAM_SERVER_ADMIN_PASSWORD', couch.admin.password);
  vi.stubEnv('TEAM_SERVER_LEAD_PASSWORD', 'lead-pw');
});
afterAll(() => couch?.stop());
afterEach(() => vi.restoreAllMocks());

function workspaceFile(): string {
  const tables = emptyTables();
  tables.members = [
    { id: 'M-1', name: 'Sabine', level: 'senior', supervisorId: null, active: true },
    { id: 'M-2', name: 'Jan', level: 'junior', supervisorId: 'M-1', active: true },
  ];
  const limits = { ...DEFAULT_AUTHORITY, junior: { ...DEFAULT_AUTHORITY.junior, discount: 8 } };
  tables.settings = [{ key: 'authority', value: limits }];
  const file = path.join(tempDir('stp-cli-'), 'team.stplan');
  writeFileSync(
    file,
    encodeWorkspaceFile(tables, {
      kind: 'workspace',
      schemaVersion: 1,
      appVersion: 'test',
      revision: 1,
      createdAt: '2026-12-03T08:00:00.000Z',
    }),
  );
  return file;
}

describe('npm run team-server:setup', () => {
  it('says what is wrong with the command line', () => {
    expect(parseSetupArgs(['--url', 'x'])).toEqual({ error: '--url and --admin are needed.' });
    expect(parseSetupArgs(['--url', 'not a url', '--admin', 'a'])).toEqual({
      error: 'Not a URL: not a url',
    });
    expect(parseSetupArgs(['--url', 'http://h', '--admin', 'a', '--database', 'Team'])).toEqual({
      error: 'Not a CouchDB database name: Team',
    });
    expect(parseSetupArgs(['--url', 'http://h', '--admin', 'a', '--member', 'jan'])).toEqual({
      error: '--member wants LOGIN=MEMBER_ID, not jan',
    });
  });

  it('sets up the team from a workspace file, with member logins whose first password works', async () => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    const args = ['--url', couch.url, '--admin', 'admin', '--workspace', workspaceFile()];
    expect(await main([...args, '--member', 'jan=M-2'])).toBe(0);
    const rules = await couchRequest(couch.admin, 'GET', `sales-team/${RULES_DOC_ID}`);
    expect(rules.body.team).toMatchObject({
      roster: { 'M-2': { level: 'junior', supervisorId: 'M-1', active: true } },
      authority: { junior: { discount: 8 } },
    });
    const temporary = /temporary password (\S+)/.exec(out.join('\n'))?.[1];
    expect(temporary).toBeDefined();
    const jan = { url: couch.url, username: 'jan', password: temporary! };
    const own = teamDocOf(
      'actuals',
      { memberId: 'M-2', month: '2026-01', revenueCents: 5 },
      'M-2',
      AT,
    );
    expect(
      (await couchRequest(jan, 'PUT', `sales-team/${encodeURIComponent(own._id)}`, own)).status,
    ).toBe(201);
    // Again: nothing to create, the login keeps its password.
    out.length = 0;
    expect(await main([...args, '--member', 'jan=M-2'])).toBe(0);
    expect(out.join('\n')).toContain(
      'Databases created: none; rules unchanged (2 members); lead login unchanged.',
    );
    expect(out.join('\n')).toContain('Login jan for M-2: unchanged');
  });

  it('says so when the admin password is wrong', async () => {
    vi.stubEnv('TEAM_SERVER_ADMIN_PASSWORD', 'wrong');
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    expect(await main(['--url', couch.url, '--admin', 'admin'])).toBe(1);
    expect(errors).toEqual(['The server did not accept the admin name or password.']);
    vi.stubEnv('TEAM_SERVER_ADMIN_PASSWORD', couch.admin.password);
  });
});

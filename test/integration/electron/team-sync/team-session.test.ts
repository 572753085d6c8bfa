import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../electron/services/persistence/file-system';
import { couchRequest } from '../../../../electron/services/team-server/couch-admin';
import { ensureLogin, setupTeamServer } from '../../../../electron/services/team-server/team-setup';
import type { PouchConstructor } from '../../../../electron/services/team-sync/pouch';
import { TeamReplica } from '../../../../electron/services/team-sync/team-replica';
import {
  sessionCookie,
  SignInError,
  TeamSession,
  type SecretStore,
} from '../../../../electron/services/team-sync/team-session';
import { TeamSyncError } from '../../../../electron/services/team-sync/sync-errors';
import { TEAM_ROLE } from '@shared/sync/team-facts';
import { RULE_FACTS } from '../../../helpers/team-rule-cases';
import { LevelPouch, startTestCouch, type TestCouch } from '../../../helpers/team-test-server';
import { tempDir } from '../../../helpers/temp-dirs';

/** Stands in for the OS keychain: reversible, and visibly not the plain text. */
function fakeKeychain(available = true): SecretStore {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.concat([Buffer.from('sealed:'), flip(Buffer.from(text))]),
    decryptString: (data) => {
      if (!data.subarray(0, 7).equals(Buffer.from('sealed:'))) throw new Error('not ours');
      return flip(data.subarray(7)).toString();
    },
  };
}

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
  await setupTeamServer({
    server: couch.admin,
    database: 'team',
    lead: { name: 'lena', password: 'lead-pw' },
    facts: RULE_FACTS,
  });
  await ensureLogin(couch.admin, 'jana', 'jana-secret-pw', 'J1');
});
afterAll(() => couch?.stop());

describe('signing in to the team server', () => {
  it('knows who signed in, keeps the session sealed (never the password), and syncs with it after a restart', async () => {
    const folder = tempDir('stp-session-');
    const session = new TeamSession(folder, nodeFileSystem, fakeKeychain());
    const me = await session.signIn(`${couch.url}/`, 'team', 'jana', 'jana-secret-pw');
    expect(me).toEqual({ url: couch.url, database: 'team', name: 'jana', memberId: 'J1' });
    const stored = readFileSync(path.join(folder, 'team-session.bin'));
    expect(stored.includes('jana-secret-pw')).toBe(false);
    expect(stored.includes('AuthSession')).toBe(false);

    const afterRestart = new TeamSession(folder, nodeFileSystem, fakeKeychain());
    expect(await afterRestart.restore()).toEqual(me);
    const replica = await TeamReplica.open(
      LevelPouch as unknown as PouchConstructor,
      tempDir('stp-laptop-'),
    );
    await replica.join(0);
    await replica.record(
      [
        {
          type: 'put',
          table: 'actuals',
          rows: [{ memberId: 'J1', month: '2026-07', revenueCents: 1 }],
        },
      ],
      { by: 'J1', at: '2026-12-03T09:00:00.000Z' },
    );
    const outcome = await replica.sync({
      url: couch.url,
      database: 'team',
      fetch: afterRestart.fetch,
    });
    expect(outcome).toMatchObject({ sent: 1, refused: [] });
    await replica.close();
  });

  it('names the lead as nobody in particular', async () => {
    const session = new TeamSession(tempDir('stp-session-'), nodeFileSystem, fakeKeychain());
    expect((await session.signIn(couch.url, 'team', 'lena', 'lead-pw')).memberId).toBeNull();
  });

  it('says what is wrong: password, server, or a login that is not on the team', async () => {
    const session = new TeamSession(tempDir('stp-session-'), nodeFileSystem, fakeKeychain());
    const problem = (attempt: Promise<unknown>) =>
      attempt.then(
        () => null,
        (e: unknown) => (e instanceof SignInError ? e.problem : e),
      );
    expect(await problem(session.signIn(couch.url, 'team', 'jana', 'wrong'))).toBe('wrongPassword');
    expect(await problem(session.signIn('http://127.0.0.1:9', 'team', 'jana', 'x'))).toBe(
      'unreachable',
    );
    await couchRequest(couch.admin, 'PUT', '_users/org.couchdb.user:guest', {
      _id: 'org.couchdb.user:guest',
      name: 'guest',
      type: 'user',
      roles: [],
      password: 'guest-pw',
    });
    expect(await problem(session.signIn(couch.url, 'team', 'guest', 'guest-pw'))).toBe('notOnTeam');
    await couchRequest(couch.admin, 'PUT', '_users/org.couchdb.user:loose', {
      _id: 'org.couchdb.user:loose',
      name: 'loose',
      type: 'user',
      roles: [TEAM_ROLE],
      password: 'loose-pw',
    });
    expect(await problem(session.signIn(couch.url, 'team', 'loose', 'loose-pw'))).toBe('notOnTeam');
  });

  it('keeps nothing on disk where the OS cannot encrypt it, and forgets the session on sign-out', async () => {
    const folder = tempDir('stp-session-');
    const plain = new TeamSession(folder, nodeFileSystem, fakeKeychain(false));
    await plain.signIn(couch.url, 'team', 'jana', 'jana-secret-pw');
    expect(existsSync(path.join(folder, 'team-session.bin'))).toBe(false);
    expect(await new TeamSession(folder, nodeFileSystem, fakeKeychain(false)).restore()).toBeNull();

    const sealed = new TeamSession(folder, nodeFileSystem, fakeKeychain());
    await sealed.signIn(couch.url, 'team', 'jana', 'jana-secret-pw');
    await sealed.signOut();
    expect(await new TeamSession(folder, nodeFileSystem, fakeKeychain()).restore()).toBeNull();
  });

  it('asks for the password again when the server ended the session', async () => {
    const session = new TeamSession(tempDir('stp-session-'), nodeFileSystem, fakeKeychain());
    await ensureLogin(couch.admin, 'jonas', 'jonas-pw', 'J2');
    await session.signIn(couch.url, 'team', 'jonas', 'jonas-pw');
    // A new password ends every session of the login.
    const user = await couchRequest(couch.admin, 'GET', '_users/org.couchdb.user:jonas');
    await couchRequest(couch.admin, 'PUT', '_users/org.couchdb.user:jonas', {
      ...user.body,
      password: 'changed',
    });
    const replica = await TeamReplica.open(
      LevelPouch as unknown as PouchConstructor,
      tempDir('stp-laptop-'),
    );
    const failure = await replica
      .sync({ url: couch.url, database: 'team', fetch: session.fetch })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TeamSyncError);
    expect((failure as TeamSyncError).kind).toBe('wrongPassword');
    await replica.close();
  });
});

describe('the session cookie', () => {
  it('is read out of Set-Cookie, and an emptied one is none', () => {
    expect(sessionCookie('AuthSession=abc123; Version=1; Path=/; HttpOnly')).toBe(
      'AuthSession=abc123',
    );
    expect(sessionCookie('other=1, AuthSession=xyz; Path=/')).toBe('AuthSession=xyz');
    expect(sessionCookie('AuthSession=; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toBeNull();
    expect(sessionCookie(null)).toBeNull();
  });
});

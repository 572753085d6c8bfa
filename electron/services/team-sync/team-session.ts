import path from 'node:path';
import { writeFileAtomic } from '../persistence/atomic-write';
import type { FileSystem } from '../persistence/file-system';
import { LEAD_ROLE, TEAM_ROLE } from '../../../shared/sync/team-facts';

/** Electron's `safeStorage`, injected (a fake in tests): the OS keychain encrypts the secret. */
export interface SecretStore {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

/** The person signed in to the team server; offline, the last one stays. */
export interface SignedIn {
  url: string;
  database: string;
  name: string;
  /** The member this login belongs to; null for the team lead. */
  memberId: string | null;
}

/** Why signing in did not work, in terms the person can act on. */
export type SignInProblem = 'wrongPassword' | 'unreachable' | 'notOnTeam' | 'server';

export class SignInError extends Error {
  constructor(
    readonly problem: SignInProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

interface Stored extends SignedIn {
  /** CouchDB's session cookie (`AuthSession=…`): the secret that stands in for the password. */
  cookie: string;
}

const FILE = 'team-session.bin';
const MEMBER_ROLE = 'stp:member:';

/**
 * Signing in to the team server with CouchDB's `_session`: the password is sent once and never
 * kept; the session cookie the server gives back is, encrypted by the OS keychain, so the
 * laptop syncs after a restart without asking again. Where the OS offers no encryption the
 * cookie lives only in memory (the person signs in again after a restart).
 */
export class TeamSession {
  private current: Stored | null = null;

  constructor(
    private readonly folder: string,
    private readonly fs: FileSystem,
    private readonly secrets: SecretStore,
  ) {}

  /** The last signed-in person, from disk when the app starts. */
  async restore(): Promise<SignedIn | null> {
    if (this.current) return publicPart(this.current);
    const data = await this.fs.readFile(path.join(this.folder, FILE)).catch(() => null);
    if (!data || !this.secrets.isEncryptionAvailable()) return null;
    try {
      this.current = JSON.parse(this.secrets.decryptString(data)) as Stored;
    } catch {
      return null; // another keychain, or a damaged file: sign in again
    }
    return publicPart(this.current);
  }

  async signIn(url: string, database: string, name: string, password: string): Promise<SignedIn> {
    const base = url.replace(/\/$/, '');
    let response: Response;
    try {
      response = await fetch(`${base}/_session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password }),
      });
    } catch (error) {
      throw new SignInError('unreachable', String((error as Error).message));
    }
    if (response.status === 401) throw new SignInError('wrongPassword', 'name or password');
    if (!response.ok) throw new SignInError('server', `${response.status}`);
    const cookie = sessionCookie(response.headers.get('set-cookie'));
    const body = (await response.json()) as { roles?: string[] };
    const roles = body.roles ?? [];
    if (!cookie) throw new SignInError('server', 'no session cookie');
    if (!roles.includes(TEAM_ROLE)) throw new SignInError('notOnTeam', name);
    const member = roles.find((r) => r.startsWith(MEMBER_ROLE))?.slice(MEMBER_ROLE.length);
    const memberId = roles.includes(LEAD_ROLE) ? null : (member ?? null);
    if (memberId === null && !roles.includes(LEAD_ROLE)) throw new SignInError('notOnTeam', name);
    this.current = { url: base, database, name, memberId, cookie };
    await this.save();
    return publicPart(this.current);
  }

  /** Forgets the session here (the server's cookie simply expires). */
  async signOut(): Promise<void> {
    this.current = null;
    await this.fs.unlink(path.join(this.folder, FILE)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /**
   * `fetch` for PouchDB's HTTP adapter with the session cookie; keeps the cookie CouchDB
   * renews on the way. A 401 means the session ended: the person must sign in again.
   */
  readonly fetch = async (input: string | URL, init: RequestInit = {}): Promise<Response> => {
    if (!this.current) throw new SignInError('wrongPassword', 'not signed in');
    const headers = new Headers(init.headers);
    headers.set('cookie', this.current.cookie);
    const response = await fetch(input, { ...init, headers });
    const renewed = sessionCookie(response.headers.get('set-cookie'));
    if (renewed && renewed !== this.current.cookie) {
      this.current = { ...this.current, cookie: renewed };
      await this.save();
    }
    return response;
  };

  private async save(): Promise<void> {
    if (!this.current || !this.secrets.isEncryptionAvailable()) return;
    const sealed = this.secrets.encryptString(JSON.stringify(this.current));
    await writeFileAtomic(this.fs, path.join(this.folder, FILE), sealed);
  }
}

const publicPart = ({ url, database, name, memberId }: Stored): SignedIn => ({
  url,
  database,
  name,
  memberId,
});

/** `AuthSession=…` out of a Set-Cookie header, or null. */
export function sessionCookie(header: string | null): string | null {
  const match = header && /(?:^|,\s*)(AuthSession=[^;]*)/.exec(header);
  return match && match[1] !== 'AuthSession=' ? match[1]! : null;
}

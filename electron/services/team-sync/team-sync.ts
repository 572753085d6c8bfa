import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ChangeOp } from '../../../shared/persistence/tables';
import { handOvers } from '../../../shared/sync/received-changes';
import { SIGNED_OUT, type TeamSyncStatus } from '../../../shared/sync/sync-status';
import type { FileSystem } from '../persistence/file-system';
import type { PouchConstructor } from './pouch';
import { TeamSyncError } from './sync-errors';
import { TeamReplica, type TeamConflict } from './team-replica';
import { TeamSession, type SecretStore, type SignedIn } from './team-session';

export interface TeamSyncDeps {
  /** The data folder: the session and one replica per team server live under it. */
  folder: string;
  fs: FileSystem;
  secrets: SecretStore;
  Pouch: PouchConstructor;
  now: () => Date;
  /** Hands the team's changes to the working database; resolves once they are applied there. */
  deliver: (ops: ChangeOp[]) => Promise<void>;
  onStatus: (status: TeamSyncStatus) => void;
}

/**
 * The main process's side of team sync: who is signed in, the replica of their team's server,
 * local changes into it (before they go to the journal, so a change is on disk only once the
 * team will get it too), syncs one at a time, the others' changes handed to the working
 * database, and the status the shell shows.
 */
export class TeamSync {
  private replica: TeamReplica | null = null;
  private person: SignedIn | null = null;
  private status: TeamSyncStatus = SIGNED_OUT;
  private running: Promise<TeamSyncStatus> | null = null;
  /** Documents in conflict at the last look; null: not looked since signing in (read all). */
  private conflicted: Set<string> | null = null;

  private constructor(
    private readonly deps: TeamSyncDeps,
    private readonly session: TeamSession,
  ) {}

  /** Starts with the last signed-in person, if any (offline, they stay who they are). */
  static async start(deps: TeamSyncDeps): Promise<TeamSync> {
    const sync = new TeamSync(deps, new TeamSession(deps.folder, deps.fs, deps.secrets));
    const person = await sync.session.restore();
    if (person) await sync.attach(person);
    return sync;
  }

  signedIn(): SignedIn | null {
    return this.person;
  }

  current(): TeamSyncStatus {
    return this.status;
  }

  async signIn(url: string, database: string, name: string, password: string): Promise<SignedIn> {
    const person = await this.session.signIn(url, database, name, password);
    // A sync under way finishes with the replica it started with.
    await this.running?.catch(() => undefined);
    await this.replica?.close();
    this.replica = null;
    await this.attach(person);
    return person;
  }

  async signOut(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.session.signOut();
    await this.replica?.close();
    this.replica = null;
    this.person = null;
    this.emit(SIGNED_OUT);
  }

  /**
   * This laptop's committed changes, before the journal writes them: recorded as the
   * signed-in person's (changes that came from the team are left out). A failure here fails
   * the journal write, so the change stays in the renderer's outbox and is sent again.
   */
  async localCommitted(ops: readonly ChangeOp[]): Promise<void> {
    if (!this.replica || !this.person) return;
    const own = ops.filter((op) => op.origin !== 'team');
    if (own.length === 0) return;
    await this.replica.record(own, { by: this.person.memberId, at: this.deps.now().toISOString() });
  }

  /** One sync: send, fetch, hand over. Calls while one runs get its outcome. */
  syncNow(): Promise<TeamSyncStatus> {
    this.running ??= this.runSync().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  conflicts(): Promise<TeamConflict[]> {
    return this.replica?.conflicts() ?? Promise.resolve([]);
  }

  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.replica?.close();
    this.replica = null;
  }

  private async attach(person: SignedIn): Promise<void> {
    // One replica per server and database: another team's documents never mix with these.
    const key = createHash('sha256').update(`${person.url}|${person.database}`).digest('hex');
    const folder = path.join(this.deps.folder, 'team', key.slice(0, 16));
    await this.deps.fs.mkdir(folder, { recursive: true });
    this.replica = await TeamReplica.open(this.deps.Pouch, folder);
    this.conflicted = null;
    this.person = person;
    this.emit({
      ...this.status,
      state: { kind: 'offline', pending: await this.replica.pending() },
    });
  }

  private async runSync(): Promise<TeamSyncStatus> {
    const replica = this.replica;
    const person = this.person;
    if (!replica || !person) return this.status;
    const pending = await replica.pending();
    if (pending > 0) this.emit({ ...this.status, state: { kind: 'sending', count: pending } });
    try {
      const outcome = await replica.sync({
        url: person.url,
        database: person.database,
        fetch: this.session.fetch,
      });
      const { ops, count, through } = await replica.received();
      if (count > 0) {
        this.emit({ ...this.status, state: { kind: 'receiving', count } });
        // In pieces: each one message and one transaction; confirmed once all are applied.
        for (const piece of handOvers(ops)) await this.deps.deliver(piece);
      }
      await replica.handedOver(through);
      const open = await this.mergeWhatMerges(replica, person, outcome.arrivedIds);
      return this.emit({
        state: { kind: 'upToDate', at: this.deps.now().toISOString() },
        memberId: person.memberId,
        refused: outcome.refused,
        conflicts: open,
      });
    } catch (error) {
      if (!(error instanceof TeamSyncError)) {
        return this.emit({
          ...this.status,
          state: { kind: 'stopped', problem: 'replica', detail: String((error as Error).message) },
        });
      }
      if (error.kind === 'unreachable') {
        return this.emit({
          ...this.status,
          state: { kind: 'offline', pending: await replica.pending() },
        });
      }
      return this.emit({
        ...this.status,
        state: { kind: 'stopped', problem: error.kind, detail: error.message },
      });
    }
  }

  /**
   * Conflicts whose versions changed different things are merged here (three-way, against
   * their common ancestor), handed to the working database and sent; the rest wait for a
   * person. Returns how many wait.
   */
  private async mergeWhatMerges(
    replica: TeamReplica,
    person: SignedIn,
    arrivedIds: string[],
  ): Promise<number> {
    // New conflicts come only with what arrived: look there and where one waited, not at all
    // documents on every sync.
    const candidates = this.conflicted && [...new Set([...this.conflicted, ...arrivedIds])];
    const conflicts =
      candidates?.length === 0 ? [] : await replica.conflicts(candidates ?? undefined);
    this.conflicted = new Set(conflicts.map((c) => c.id));
    const merged: ChangeOp[] = [];
    const author = { by: person.memberId, at: this.deps.now().toISOString() };
    for (const conflict of conflicts) {
      // A merge into a deletion is left to a person: deleting the winner would let another
      // version win instead.
      if (conflict.merge.kind !== 'merged' || conflict.merge.row === null) continue;
      await replica.settle(conflict, conflict.merge.row, author);
      this.conflicted.delete(conflict.id);
      merged.push({ type: 'put', table: conflict.table, rows: [conflict.merge.row] });
    }
    if (merged.length === 0) return conflicts.length;
    for (const piece of handOvers(merged)) await this.deps.deliver(piece);
    await replica.sync({ url: person.url, database: person.database, fetch: this.session.fetch });
    return conflicts.length - merged.length;
  }

  private emit(status: TeamSyncStatus): TeamSyncStatus {
    this.status = { ...status, memberId: this.person ? this.person.memberId : undefined };
    this.deps.onStatus(this.status);
    return this.status;
  }
}

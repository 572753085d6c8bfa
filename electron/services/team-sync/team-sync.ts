import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ChangeOp } from '../../../shared/persistence/tables';
import { SIGNED_OUT, type TeamSyncStatus } from '../../../shared/sync/sync-status';
import type { FileSystem } from '../persistence/file-system';
import type { PouchConstructor } from './pouch';
import { ServerFeed } from './server-feed';
import { publishToServer, type PublishOutcome } from './team-publish';
import { ConflictWatch } from './conflict-watch';
import { OneAtATime } from './one-at-a-time';
import { joiningState, syncRound, waitingToGo } from './sync-round';
import { teamVersion } from './team-version';
import { parseTeamDocId } from '../../../shared/sync/team-documents';
import { Refusals } from './refusals';
import { chooseVersion, type SettleRefusal } from './settle-check';
import { TeamReplica, type TeamConflict, type TeamRemote } from './team-replica';
import type { TeamTables } from './replica-reads';
import type { Row } from '../../../shared/persistence/table-keys';
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
  /** Syncs run one at a time; publishing holds their place. */
  private readonly syncs = new OneAtATime(
    () => this.runSync(),
    () => this.status,
  );
  private feed = new ServerFeed();
  private refusals = new Refusals();
  private readonly conflictWatch = new ConflictWatch();

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
    await this.syncs.idle();
    await this.replica?.close();
    this.replica = null;
    this.feed = new ServerFeed();
    this.refusals = new Refusals();
    await this.attach(person);
    return person;
  }

  async signOut(): Promise<void> {
    await this.syncs.idle();
    await this.session.signOut();
    await this.replica?.close();
    this.replica = null;
    this.person = null;
    this.feed = new ServerFeed();
    this.refusals = new Refusals();
    this.emit(SIGNED_OUT);
  }

  /**
   * This laptop's committed changes, before the journal writes them: recorded as the
   * signed-in person's (changes that came from the team are left out). A failure here fails
   * the journal write, so the change stays in the renderer's outbox and is sent again.
   */
  async localCommitted(ops: readonly ChangeOp[]): Promise<void> {
    // Before joining, the join decides what happens to this laptop's workspace.
    if (!this.replica || !this.person || !this.replica.joined) return;
    const own = ops.filter((op) => op.origin !== 'team');
    if (own.length === 0) return;
    await this.replica.record(own, { by: this.person.memberId, at: this.deps.now().toISOString() });
  }

  /**
   * The whole workspace was replaced here (a workspace file imported, a backup restored): its
   * team rows become the signed-in person's changes where they differ from the team's — what
   * the server refuses is listed, as for any change. Before joining, the join decides.
   */
  async localReplaced(tables: Readonly<Record<string, Row[]>>): Promise<void> {
    if (!this.replica || !this.person || !this.replica.joined) return;
    // What a sync under way hands over is in the working database first.
    await this.syncs.idle();
    // Only the team's tables are reconciled; the rest stays on this laptop.
    await this.replica.reconcile(tables, {
      by: this.person.memberId,
      at: this.deps.now().toISOString(),
    });
  }

  /**
   * One sync: send, fetch, hand over. A call while one runs gets the next one, shared by
   * every call meanwhile: the one under way may have sent before this call's changes.
   */
  syncNow(): Promise<TeamSyncStatus> {
    return this.syncs.request();
  }

  /** Waits for the server's changes feed to move (see ServerFeed); throws offline. */
  serverChanged(signal: AbortSignal): Promise<boolean> {
    if (!this.person) throw new Error('Not signed in to a team server.');
    return this.feed.changed(this.person, this.session.fetch, signal);
  }

  /** Notes where the server's changes feed stands now: `serverChanged` waits past it. */
  markServer(): Promise<void> {
    if (!this.person) throw new Error('Not signed in to a team server.');
    return this.feed.mark(this.person, this.session.fetch);
  }

  /** The team's workspace as this laptop would take it, before it joins. */
  async joinPreview(): Promise<TeamTables> {
    const replica = this.joiningReplica();
    await this.syncs.idle();
    return replica.teamTables();
  }

  /**
   * The working database holds the team's workspace as the preview read it (up to
   * `through`): from now on this laptop's changes go out and the others' come in.
   */
  async take(through: number | string): Promise<TeamSyncStatus> {
    const replica = this.joiningReplica();
    await this.syncs.idle();
    await replica.join(through);
    return this.syncNow();
  }

  /**
   * The lead makes the server hold this laptop's workspace (to an empty server: publishing;
   * to a full one: what differs, as the lead's changes, after the preview), with progress in the
   * status; `signal` stops it part-way (publishing again sends the rest). Members cannot: the
   * server's rules would refuse most of it. Syncs asked for meanwhile get its outcome.
   */
  async publish(
    tables: Readonly<Record<string, Row[]>>,
    signal: AbortSignal = new AbortController().signal,
  ): Promise<PublishOutcome> {
    const replica = this.joiningReplica();
    const person = this.person!;
    if (person.memberId !== null) throw new Error('Only the team lead publishes a workspace.');
    await this.syncs.idle();
    const author = { by: null, at: this.deps.now().toISOString() };
    const progress = (sent: number, total: number) =>
      this.emit({ ...this.status, state: { kind: 'publishing', sent, total } });
    const work = publishToServer(replica, this.remote(person), tables, author, signal, progress);
    // Syncs asked for meanwhile wait for it and get the status it leaves.
    await this.syncs.hold(work);
    let outcome: PublishOutcome;
    try {
      outcome = await work;
    } catch (error) {
      this.emit({ ...this.status, state: await joiningState(replica) });
      throw error;
    }
    if (outcome.kind === 'stopped') {
      this.emit({ ...this.status, state: await joiningState(replica) });
      return outcome;
    }
    await replica.join(outcome.through);
    await this.syncNow();
    return outcome;
  }

  private joiningReplica(): TeamReplica {
    if (!this.replica || !this.person) throw new Error('Not signed in to a team server.');
    if (this.replica.joined) throw new Error('This laptop has joined its team already.');
    return this.replica;
  }

  /**
   * Takes back a change the server refused: the replica and the working database get the
   * team's version of the row again (asked from the server), written as the person's — a
   * write that changes nothing on the server, so its rules take it — and the refusal goes.
   */
  async putBack(id: string): Promise<TeamSyncStatus> {
    const replica = this.replica;
    const person = this.person;
    if (!replica || !person) throw new Error('Not signed in to a team server.');
    const parsed = parseTeamDocId(id);
    if (!parsed) throw new Error('That is not a row of the team’s.');
    await this.syncs.idle();
    const row = await teamVersion(this.remote(person), id);
    const op: ChangeOp = row
      ? { type: 'put', table: parsed.table, rows: [row] }
      : { type: 'delete', table: parsed.table, keys: [parsed.key] };
    // The replica first: should the hand-over fail, pressing again hands it over again.
    await replica.record([op], { by: person.memberId, at: this.deps.now().toISOString() });
    await this.deps.deliver([op]);
    return this.syncNow();
  }

  /** The conflicts waiting for a person (where the last sync found them). */
  async conflicts(): Promise<TeamConflict[]> {
    if (!this.replica) return [];
    return this.conflictWatch.waiting(this.replica);
  }

  /**
   * A person chose one version of a conflict: checked against the same rules the server runs
   * (with the roster it holds), written as their revision settling the others (the server keeps
   * every version), handed to the working database and sent.
   */
  async settle(id: string, rev: string): Promise<{ kind: 'settled' } | SettleRefusal> {
    const replica = this.replica;
    const person = this.person;
    if (!replica || !person) throw new Error('Not signed in to a team server.');
    await this.syncs.idle();
    const outcome = await chooseVersion(replica, person, id, rev, this.deps.now());
    if (outcome.kind !== 'chosen') return outcome;
    this.conflictWatch.settled(id);
    await this.deps.deliver(outcome.ops);
    await this.syncNow();
    return { kind: 'settled' };
  }

  async close(): Promise<void> {
    await this.syncs.close();
    await this.replica?.close();
    this.replica = null;
  }

  private async attach(person: SignedIn): Promise<void> {
    // One replica per server and database: another team's documents never mix with these.
    const key = createHash('sha256').update(`${person.url}|${person.database}`).digest('hex');
    const folder = path.join(this.deps.folder, 'team', key.slice(0, 16));
    await this.deps.fs.mkdir(folder, { recursive: true });
    this.replica = await TeamReplica.open(this.deps.Pouch, folder);
    this.conflictWatch.forget();
    this.person = person;
    this.emit({
      ...this.status,
      state: { kind: 'offline', pending: await waitingToGo(this.replica) },
    });
  }

  private runSync(): Promise<TeamSyncStatus> {
    const replica = this.replica;
    const person = this.person;
    if (!replica || !person) return Promise.resolve(this.status);
    return syncRound({
      replica,
      person,
      remote: this.remote(person),
      deliver: (ops) => this.deps.deliver(ops),
      now: () => this.deps.now(),
      refusals: this.refusals,
      conflicts: this.conflictWatch,
      current: () => this.status,
      emit: (status) => this.emit(status),
    });
  }

  private remote(person: SignedIn): Extract<TeamRemote, { fetch: unknown }> {
    return { url: person.url, database: person.database, fetch: this.session.fetch };
  }

  private emit(status: TeamSyncStatus): TeamSyncStatus {
    this.status = { ...status, memberId: this.person ? this.person.memberId : undefined };
    this.deps.onStatus(this.status);
    return this.status;
  }
}

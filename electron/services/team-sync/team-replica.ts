import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ChangeOp } from '../../../shared/persistence/tables';
import type { Row } from '../../../shared/persistence/table-keys';
import {
  isTeamRow,
  isTeamTable,
  parseTeamDocId,
  teamDocId,
  type TeamTable,
} from '../../../shared/sync/team-documents';
import type { PouchConstructor, PouchDatabase, PouchDoc } from './pouch';
import { listConflicts, type TeamConflict } from './replica-conflicts';
import { readReceived, type Received } from './replica-feed';
import { recordChanges, stamped, writeDocs, type Author } from './replica-record';
import {
  countTeamRows,
  idsOfTable,
  readRowsOf,
  readTeamTables,
  type TeamTables,
} from './replica-reads';

export type { TeamConflict } from './replica-conflicts';
import { classifySyncError } from './sync-errors';
import { openRemote, pushChanges, type PushOutcome, type TeamRemote } from './replica-remote';

export type { Author } from './replica-record';

export type { TeamRemote } from './replica-remote';

export interface SyncOutcome {
  sent: number;
  received: number;
  /** Documents the pull changed (where new conflicts can be). */
  arrivedIds: string[];
  /** Changes the server refused, with its reason (a message key of the app's catalogue). */
  refused: Array<{ id: string; reason: string }>;
}

const STATE_ID = '_local/stp-replica';

/** The replica's own bookkeeping (a `_local` document: never replicated). */
interface ReplicaState {
  _id: string;
  _rev?: string;
  replicaId: string;
  /** The changes feed up to here is in the working database. */
  handedSeq: number | string;
  /** The changes feed up to here has been sent to the server. */
  pushedSeq: number | string;
  /**
   * The working database has taken the team's workspace, or given it (a publish): until then
   * this laptop's changes are not recorded and nothing is handed over (the join decides).
   * Absent in replicas from before joining existed: they had joined.
   */
  joined?: boolean;
  /** The lead started publishing this laptop's workspace and it has not all gone yet. */
  publishing?: boolean;
}

/**
 * The main process's copy of the team's documents (PouchDB on LevelDB in the data folder): local
 * changes go in as documents and out to the server when it can be reached; the server's changes
 * come in and are handed to the working database once, and never go out again as this
 * laptop's. Every revision it writes names this replica (`via`), so its own changes are told
 * apart from those that arrived.
 */
export class TeamReplica {
  private constructor(
    private readonly db: PouchDatabase,
    private readonly Pouch: PouchConstructor,
    private state: ReplicaState,
  ) {}

  /** Names every revision this replica writes, so its own are told apart from the others'. */
  get replicaId(): string {
    return this.state.replicaId;
  }

  /** Opens (or creates) the replica in `folder`; `Pouch` brings the storage adapter. */
  static async open(Pouch: PouchConstructor, folder: string): Promise<TeamReplica> {
    const db = new Pouch(path.join(folder, 'team-replica'));
    const stored = await db.get(STATE_ID).catch(() => null);
    if (stored) return new TeamReplica(db, Pouch, stored as unknown as ReplicaState);
    const state = {
      _id: STATE_ID,
      replicaId: randomUUID(),
      handedSeq: 0,
      pushedSeq: 0,
      joined: false,
    };
    const { rev } = await db.put(state);
    return new TeamReplica(db, Pouch, { ...state, _rev: rev });
  }

  private async saveState(patch: Partial<ReplicaState>): Promise<void> {
    const next = { ...this.state, ...patch };
    const { rev } = await this.db.put(next);
    this.state = { ...next, _rev: rev };
  }

  /** Takes committed local changes: team rows become revisions by `author`. */
  record(ops: readonly ChangeOp[], author: Author): Promise<number> {
    return recordChanges(this.db, this.replicaId, ops, author);
  }

  /**
   * Sends what this laptop changed and fetches what others changed (one pass each way; before
   * joining, only fetches: what a stopped publish left here waits for the lead to publish again).
   * Throws a `TeamSyncError` saying what is wrong: password, server out of reach, or the server.
   */
  async sync(remote: TeamRemote): Promise<SyncOutcome> {
    const server = openRemote(this.Pouch, remote);
    try {
      const push = this.joined
        ? await this.pushTo(server, new AbortController().signal, () => undefined)
        : { sent: 0, refused: [] };
      // The server's design document comes along (a filter would fetch every document twice);
      // PouchDB runs no validation here and the hand-over leaves it out.
      // What arrived, as the batches write it (reading the changes feed afterwards took as
      // long as a third of the pull).
      const arrivedIds: string[] = [];
      const pulling = this.db.replicate.from(server, { batch_size: 500 });
      pulling.on('change', (info) => {
        for (const doc of info.docs ?? []) arrivedIds.push(doc._id);
      });
      const pull = await pulling;
      return { sent: push.sent, received: pull.docs_written, arrivedIds, refused: push.refused };
    } catch (error) {
      throw classifySyncError(error);
    } finally {
      await server.close().catch(() => undefined);
    }
  }

  /**
   * Only sends (a publish): `onSent` hears how many documents went so far; `signal` stops it
   * between batches, and what went stays on the server.
   */
  async push(
    remote: TeamRemote,
    signal: AbortSignal,
    onSent: (sent: number) => void,
  ): Promise<PushOutcome> {
    const server = openRemote(this.Pouch, remote);
    try {
      return await this.pushTo(server, signal, onSent);
    } catch (error) {
      throw classifySyncError(error);
    } finally {
      await server.close().catch(() => undefined);
    }
  }

  private async pushTo(
    server: PouchDatabase,
    signal: AbortSignal,
    onSent: (sent: number) => void,
  ): Promise<PushOutcome> {
    const upTo = (await this.db.info()).update_seq;
    const outcome = await pushChanges(this.db, server, signal, onSent);
    // Stopped part-way: what the checkpoint holds went; the rest still waits to be sent.
    if (!outcome.stopped) await this.saveState({ pushedSeq: upTo });
    else if (outcome.through !== undefined) await this.saveState({ pushedSeq: outcome.through });
    return outcome;
  }

  /**
   * Changes that arrived from the server and have not been handed to the working database yet,
   * as its ops, and the point to confirm with `handedOver` once they are applied.
   */
  received(): Promise<Received> {
    return readReceived(this.db, this.replicaId, this.state.handedSeq);
  }

  /** The working database holds everything up to `through`: it is not handed over again. */
  async handedOver(through: number | string): Promise<void> {
    await this.saveState({ handedSeq: through });
  }

  /** Whether the working database holds the team's workspace (see `ReplicaState.joined`). */
  get joined(): boolean {
    return this.state.joined !== false;
  }

  /**
   * The team's rows as the replica holds them, by table, and the point to confirm with
   * `join` once the working database holds them: what a joining laptop takes.
   */
  teamTables(): Promise<TeamTables> {
    return readTeamTables(this.db);
  }

  /** A document as the replica holds it now (the server's design document too), or null. */
  async document(id: string): Promise<PouchDoc | null> {
    return this.db.get(id).catch(() => null);
  }

  /** The current rows of one (small) team table: the roster, the settings. */
  rowsOf(table: TeamTable): Promise<Row[]> {
    return readRowsOf(this.db, table);
  }

  /** How many team rows the replica holds (the server's, once pulled). */
  teamRowCount(): Promise<number> {
    return countTeamRows(this.db);
  }

  /** The working database now holds the team's workspace up to `through`. */
  async join(through: number | string): Promise<void> {
    await this.saveState({ joined: true, publishing: false, handedSeq: through });
  }

  /** Notes that a publish began (until it finishes, the lead is told it stopped part-way). */
  async publishing(): Promise<void> {
    if (!this.state.publishing) await this.saveState({ publishing: true });
  }

  /** A publish from this laptop began and did not finish (stopped, failed, or the app closed). */
  get publishUnfinished(): boolean {
    return this.state.publishing === true && !this.joined;
  }

  /** The replica's changes feed position now (after a publish, everything in it is here). */
  async updateSeq(): Promise<number | string> {
    return (await this.db.info()).update_seq;
  }

  /** How many of this laptop's own changes have not reached the server yet. */
  async pending(): Promise<number> {
    const { results } = await this.db.changes({ since: this.state.pushedSeq, include_docs: true });
    return results.filter((entry) => entry.doc?.via === this.replicaId).length;
  }

  /**
   * Makes the replica hold exactly these tables' team rows, as `author`'s changes where they
   * differ: after a failure between the disk and the replica, and to publish a workspace.
   */
  async reconcile(
    tables: Readonly<Record<string, Row[]>>,
    author: Author,
    signal?: AbortSignal,
  ): Promise<number> {
    let written = 0;
    for (const [name, rows] of Object.entries(tables)) {
      // Stopped: the tables done so far stay recorded; reconciling again finds the rest.
      if (signal?.aborted) break;
      if (!isTeamTable(name)) continue;
      written += await this.record([{ type: 'put', table: name, rows }], author);
      const kept = new Set(
        rows.filter((row) => isTeamRow(name, row)).map((row) => teamDocId(name, row)),
      );
      const gone = (await idsOfTable(this.db, name)).filter((id) => !kept.has(id));
      const keys = gone.map((id) => parseTeamDocId(id)?.key).filter((key) => key !== undefined);
      written += await this.record([{ type: 'delete', table: name, keys }], author);
    }
    return written;
  }

  /** Documents the server holds in two versions, with what a three-way merge makes of them. */
  conflicts(ids?: string[]): Promise<TeamConflict[]> {
    return listConflicts(this.db, ids);
  }

  /**
   * Settles a conflict: `row` (the merge, or the version chosen) becomes a new
   * revision on the winning branch by `author`, naming the other versions as settled. Nothing
   * is deleted — the server's rules never let the audit trail lose a version.
   */
  async settle(conflict: TeamConflict, row: Row | null, author: Author): Promise<void> {
    const winner = await this.db.get(conflict.id);
    const settles = [
      ...new Set([...((winner.settles as string[] | undefined) ?? []), ...conflict.others]),
    ];
    await writeDocs(this.db, [
      row === null
        ? {
            _id: conflict.id,
            _rev: winner._rev,
            _deleted: true,
            ...author,
            via: this.replicaId,
            settles,
          }
        : {
            _id: conflict.id,
            _rev: winner._rev,
            ...stamped(this.replicaId, conflict.table, row, author),
            settles,
          },
    ]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

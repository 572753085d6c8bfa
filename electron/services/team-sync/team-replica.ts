import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ChangeOp } from '../../../shared/persistence/tables';
import type { Row } from '../../../shared/persistence/table-keys';
import { sameData } from '../../../shared/commands/same-data';
import {
  isTeamRow,
  isTeamTable,
  parseTeamDocId,
  teamDocId,
  teamDocIdOfKey,
  type TeamDoc,
  type TeamTable,
} from '../../../shared/sync/team-documents';
import type { PouchConstructor, PouchDatabase, PouchDoc } from './pouch';
import { listConflicts, type TeamConflict } from './replica-conflicts';
import { readReceived, readTeamTables, type Received, type TeamTables } from './replica-feed';

export type { TeamConflict } from './replica-conflicts';
import { classifySyncError } from './sync-errors';

/** Who writes, and when: every revision names its author (the server checks it). */
export interface Author {
  by: string | null;
  at: string;
}

/** The team's server, reached with the signed-in person's session (or, in tools, a password). */
export type TeamRemote = { url: string; database: string } & (
  | { fetch: (url: string | URL, init?: RequestInit) => Promise<Response> }
  | { username: string; password: string }
);

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
}
/** Rows per write to the replica: big imports go in pieces, each one LevelDB batch. */
const CHUNK = 2_000;

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
  async record(ops: readonly ChangeOp[], author: Author): Promise<number> {
    let written = 0;
    for (const op of ops) {
      if (!isTeamTable(op.table)) continue;
      const table = op.table;
      if (op.type === 'put') {
        const rows = op.rows.filter((row) => isTeamRow(table, row));
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          const ids = chunk.map((row) => teamDocId(table, row));
          const current = await this.currentDocs(ids);
          // The same row again (a journal batch sent twice after a crash) is no new revision.
          const changed = chunk.flatMap((row, j) => {
            const stored = current.get(ids[j]!);
            if (stored && sameData(stored.row, row)) return [];
            return [
              {
                _id: ids[j]!,
                ...(stored ? { _rev: stored._rev } : {}),
                ...this.stamp(table, row, author),
              },
            ];
          });
          written += await this.write(changed);
        }
      } else {
        const ids =
          op.type === 'delete'
            ? op.keys.map((key) => teamDocIdOfKey(table, key))
            : await this.idsOfTable(table);
        for (let i = 0; i < ids.length; i += CHUNK) {
          const revs = await this.currentRevs(ids.slice(i, i + CHUNK));
          written += await this.write(
            [...revs].map(([_id, _rev]) => ({
              _id,
              _rev,
              _deleted: true,
              ...author,
              via: this.replicaId,
            })),
          );
        }
      }
    }
    return written;
  }

  private stamp(table: TeamTable, row: TeamDoc['row'], author: Author) {
    return { table, row, by: author.by, at: author.at, via: this.replicaId };
  }

  /** The winning revision of each document that exists, with its body (deleted ones left out). */
  private async currentDocs(ids: string[]): Promise<Map<string, PouchDoc>> {
    const { rows } = await this.db.allDocs({ keys: ids, include_docs: true });
    const docs = new Map<string, PouchDoc>();
    for (const row of rows as Array<{ id: string; doc?: PouchDoc | null }>) {
      if (row.doc && !row.doc._deleted) docs.set(row.id, row.doc);
    }
    return docs;
  }

  /** The winning revision of each document that exists (deleted ones are left out). */
  private async currentRevs(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await this.db.allDocs({ keys: ids });
    const revs = new Map<string, string>();
    for (const row of rows) {
      if (row.value && !row.value.deleted) revs.set(row.id, row.value.rev);
    }
    return revs;
  }

  private async idsOfTable(table: TeamTable): Promise<string[]> {
    const { rows } = await this.db.allDocs({ startkey: `${table}:`, endkey: `${table}:\uffff` });
    return rows.map((row) => row.id);
  }

  private async write(docs: PouchDoc[]): Promise<number> {
    if (docs.length === 0) return 0;
    const results = await this.db.bulkDocs(docs);
    const failed = results.find((r) => r.error);
    // The main process is the replica's only writer: a clash here is a bug, not a conflict.
    if (failed) throw new Error(`team replica: ${failed.id} ${String(failed.reason)}`);
    return results.length;
  }

  /**
   * Sends what this laptop changed and fetches what others changed (one pass each way).
   * Throws a `TeamSyncError` saying what is wrong: password, server out of reach, or the server.
   */
  async sync(remote: TeamRemote): Promise<SyncOutcome> {
    const server = new this.Pouch(`${remote.url.replace(/\/$/, '')}/${remote.database}`, {
      adapter: 'http',
      skip_setup: true,
      ...('fetch' in remote
        ? { fetch: remote.fetch }
        : { auth: { username: remote.username, password: remote.password } }),
    });
    try {
      const upTo = (await this.db.info()).update_seq;
      const push = await this.db.replicate.to(server, { batch_size: 500 });
      await this.saveState({ pushedSeq: upTo });
      // The server's design document comes along (a filter would fetch every document twice);
      // PouchDB runs no validation here and the hand-over leaves it out.
      const pulledFrom = (await this.db.info()).update_seq;
      const pull = await this.db.replicate.from(server, { batch_size: 500 });
      const arrived = pull.docs_written > 0 ? await this.db.changes({ since: pulledFrom }) : null;
      return {
        sent: push.docs_written,
        received: pull.docs_written,
        arrivedIds: arrived ? arrived.results.map((entry) => entry.id) : [],
        refused: push.errors.map((e) => ({ id: String(e.id), reason: String(e.reason) })),
      };
    } catch (error) {
      throw classifySyncError(error);
    } finally {
      await server.close().catch(() => undefined);
    }
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

  /** How many team rows the replica holds (the server's, once pulled). */
  async teamRowCount(): Promise<number> {
    const { doc_count } = await this.db.info();
    const design = await this.db.allDocs({ startkey: '_design/', endkey: '_design/\uffff' });
    return doc_count - design.rows.length;
  }

  /** The working database now holds the team's workspace up to `through`. */
  async join(through: number | string): Promise<void> {
    await this.saveState({ joined: true, handedSeq: through });
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
  async reconcile(tables: Partial<Record<TeamTable, Row[]>>, author: Author): Promise<number> {
    let written = 0;
    for (const [name, rows] of Object.entries(tables) as Array<[TeamTable, Row[]]>) {
      if (!isTeamTable(name)) continue;
      written += await this.record([{ type: 'put', table: name, rows }], author);
      const kept = new Set(
        rows.filter((row) => isTeamRow(name, row)).map((row) => teamDocId(name, row)),
      );
      const gone = (await this.idsOfTable(name)).filter((id) => !kept.has(id));
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
  async settle(conflict: TeamConflict, row: Row, author: Author): Promise<void> {
    const winner = await this.db.get(conflict.id);
    const settles = [
      ...new Set([...((winner.settles as string[] | undefined) ?? []), ...conflict.others]),
    ];
    await this.write([
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
            ...this.stamp(conflict.table, row, author),
            settles,
          },
    ]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

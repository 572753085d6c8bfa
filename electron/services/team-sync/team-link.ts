import type {
  PublishAnswer,
  TeamConflictView,
  TeamSnapshot,
} from '../../../shared/ipc/team-schemas';
import type { ChangeOp } from '../../../shared/persistence/tables';
import type { Row } from '../../../shared/persistence/table-keys';
import { checkedEvent } from '../ipc/events';
import { DEFAULT_TIMING, SyncSchedule, type SyncTiming } from './sync-schedule';
import { TeamDeliveries, type TeamDelivery } from './team-deliveries';
import { SignInError, type SignInProblem } from './team-session';
import { TeamSyncError } from './sync-errors';
import { TeamSync, type TeamSyncDeps } from './team-sync';

export interface TeamLinkDeps extends Omit<TeamSyncDeps, 'deliver' | 'onStatus'> {
  sendStatus: (snapshot: TeamSnapshot) => void;
  sendChanges: (delivery: TeamDelivery) => void;
  timing?: SyncTiming;
  deliveryTimeoutMs?: number;
}

/**
 * The team link with its events going through `send` (main: the window's webContents; tests:
 * the page), each checked against the contract first. A status without a window is dropped
 * (the window asks for it when it starts); changes without one fail the hand-over.
 */
export function openTeamLink(
  deps: Omit<TeamLinkDeps, 'sendStatus' | 'sendChanges'> & {
    send: (channel: 'team:status-changed' | 'team:changes', payload: unknown) => void;
  },
): Promise<TeamLink> {
  const { send, ...rest } = deps;
  return TeamLink.open({
    ...rest,
    sendStatus: (snapshot) => {
      try {
        send('team:status-changed', checkedEvent('team:status-changed', snapshot));
      } catch {
        // No window yet: it asks for the status when it starts.
      }
    },
    sendChanges: (delivery) => send('team:changes', checkedEvent('team:changes', delivery)),
  });
}

export type SignInAnswer =
  { kind: 'signedIn'; snapshot: TeamSnapshot } | { kind: 'refused'; problem: SignInProblem };

/**
 * Team sync as the window sees it: the engine, the hand-over of the team's changes to the
 * working database (an event answered by an invoke), and the schedule that syncs while
 * someone is signed in — started once the window asks for its first sync (it is listening
 * by then).
 */
export class TeamLink {
  private readonly schedule: SyncSchedule;
  private publishing: AbortController | null = null;

  private constructor(
    private readonly sync: TeamSync,
    private readonly deliveries: TeamDeliveries,
    timing: SyncTiming,
  ) {
    this.schedule = new SyncSchedule(
      () => this.sync.syncNow(),
      (signal) => this.sync.serverChanged(signal),
      () => this.sync.markServer(),
      timing,
    );
  }

  static async open(deps: TeamLinkDeps): Promise<TeamLink> {
    const deliveries = new TeamDeliveries(deps.sendChanges, deps.deliveryTimeoutMs);
    let link: TeamLink | null = null;
    const sync = await TeamSync.start({
      ...deps,
      deliver: deliveries.deliver,
      onStatus: () => link && deps.sendStatus(link.snapshot()),
    });
    link = new TeamLink(sync, deliveries, deps.timing ?? DEFAULT_TIMING);
    return link;
  }

  snapshot(): TeamSnapshot {
    return { available: true, status: this.sync.current(), person: this.sync.signedIn() };
  }

  async signIn(request: {
    url: string;
    database: string;
    name: string;
    password: string;
  }): Promise<SignInAnswer> {
    try {
      this.schedule.stop();
      await this.sync.signIn(request.url, request.database, request.name, request.password);
    } catch (error) {
      if (error instanceof SignInError) return { kind: 'refused', problem: error.problem };
      throw error;
    } finally {
      if (this.sync.signedIn()) this.schedule.start();
    }
    return { kind: 'signedIn', snapshot: this.snapshot() };
  }

  async signOut(): Promise<TeamSnapshot> {
    this.schedule.stop();
    await this.sync.signOut();
    return this.snapshot();
  }

  /** A sync now; the first call (the window is listening) starts the schedule. */
  async syncNow(): Promise<TeamSnapshot> {
    if (!this.sync.signedIn()) return this.snapshot();
    if (!this.schedule.running) this.schedule.start();
    await this.sync.syncNow();
    return this.snapshot();
  }

  joinPreview() {
    return this.sync.joinPreview();
  }

  async taken(through: number | string): Promise<TeamSnapshot> {
    await this.sync.take(through);
    return this.snapshot();
  }

  /**
   * The lead's workspace (as on disk, read by `load`) to the server: its team tables only.
   * `cancelPublish` stops it, also while the workspace is still being read.
   */
  async publish(load: () => Promise<Record<string, Row[]>>): Promise<PublishAnswer> {
    if (this.publishing) throw new Error('A publish is already under way.');
    const stop = new AbortController();
    this.publishing = stop;
    try {
      const tables = await load();
      const outcome = await this.sync.publish(tables, stop.signal);
      return outcome.kind === 'published'
        ? { kind: 'published', snapshot: this.snapshot() }
        : { kind: 'stopped', sent: outcome.sent, total: outcome.total, snapshot: this.snapshot() };
    } finally {
      this.publishing = null;
    }
  }

  /** Stops the publish under way (between batches); nothing when none runs. */
  cancelPublish(): void {
    this.publishing?.abort();
  }

  /** The conflicts waiting for a person, as the Conflicts list shows them. */
  async conflicts(): Promise<TeamConflictView[]> {
    return (await this.sync.conflicts()).map((conflict) => ({
      id: conflict.id,
      table: conflict.table,
      versions: conflict.versions,
      clashes:
        conflict.merge.kind === 'conflict'
          ? conflict.merge.conflicts.map(({ path, mine, theirs }) => ({ path, mine, theirs }))
          : null,
    }));
  }

  async settle(
    id: string,
    rev: string,
  ): Promise<{ kind: 'settled'; snapshot: TeamSnapshot } | { kind: 'refused'; reason: string }> {
    const outcome = await this.sync.settle(id, rev);
    return outcome.kind === 'refused' ? outcome : { kind: 'settled', snapshot: this.snapshot() };
  }

  /** The team's version of a row the server refused a change to, here again; or why not. */
  async putBack(
    id: string,
  ): Promise<
    | { kind: 'putBack'; snapshot: TeamSnapshot }
    | { kind: 'failed'; problem: 'wrongPassword' | 'unreachable' | 'server' }
  > {
    try {
      await this.sync.putBack(id);
    } catch (error) {
      if (error instanceof TeamSyncError) return { kind: 'failed', problem: error.kind };
      throw error;
    }
    return { kind: 'putBack', snapshot: this.snapshot() };
  }

  applied(delivery: number, problem: string | null): void {
    this.deliveries.applied(delivery, problem);
  }

  /** This laptop's committed changes, before the journal writes them; a sync follows soon. */
  async localCommitted(ops: readonly ChangeOp[]): Promise<void> {
    await this.sync.localCommitted(ops);
    this.schedule.changed();
  }

  /** The workspace was replaced (an import, a restore): the differences go to the team. */
  async localReplaced(tables: Readonly<Record<string, Row[]>>): Promise<void> {
    await this.sync.localReplaced(tables);
    this.schedule.changed();
  }

  /** The window closed or reloaded: what it was handed is handed again to the next one. */
  windowGone(): void {
    this.deliveries.abandonAll();
  }

  async close(): Promise<void> {
    this.schedule.stop();
    this.deliveries.abandonAll();
    await this.sync.close();
  }
}

import type { ChangeOp } from '../../../shared/persistence/tables';
import { handOvers } from '../../../shared/sync/received-changes';
import type { TeamSyncState, TeamSyncStatus } from '../../../shared/sync/sync-status';
import type { ConflictWatch } from './conflict-watch';
import type { Refusals } from './refusals';
import { TeamSyncError } from './sync-errors';
import { keepTeamFacts } from './team-facts-keeper';
import type { TeamRemote, TeamReplica } from './team-replica';
import type { SignedIn } from './team-session';

export interface SyncRound {
  replica: TeamReplica;
  person: SignedIn;
  remote: Extract<TeamRemote, { fetch: unknown }>;
  /** Hands the team's changes to the working database; resolves once they are applied there. */
  deliver: (ops: ChangeOp[]) => Promise<void>;
  now: () => Date;
  refusals: Refusals;
  conflicts: ConflictWatch;
  /** The status now: a step under way keeps what it does not change. */
  current: () => TeamSyncStatus;
  emit: (status: TeamSyncStatus) => TeamSyncStatus;
}

/**
 * One sync: send, fetch, hand over what arrived, merge the conflicts that merge; the status
 * shows each step and says how it ended (offline and server errors included, never thrown).
 */
export async function syncRound(round: SyncRound): Promise<TeamSyncStatus> {
  const { replica, person, current, emit } = round;
  const pending = await waitingToGo(replica);
  if (pending > 0) emit({ ...current(), state: { kind: 'sending', count: pending } });
  try {
    const outcome = await replica.sync(round.remote);
    if (!replica.joined) {
      return emit({
        ...current(),
        state: await joiningState(replica),
        refused: await round.refusals.after(replica, outcome.refused),
      });
    }
    const { ops, count, through } = await replica.received();
    if (count > 0) {
      emit({ ...current(), state: { kind: 'receiving', count } });
      // In pieces: each one message and one transaction; confirmed once all are applied.
      for (const piece of handOvers(ops)) await round.deliver(piece);
    }
    await replica.handedOver(through);
    const open = await mergeWhatMerges(round, outcome.arrivedIds);
    // The lead's laptop keeps the server's roster and limits current; the next pull brings them.
    if (person.memberId === null && (await keepTeamFacts(replica, round.remote)))
      await replica.sync(round.remote);
    return emit({
      state: { kind: 'upToDate', at: round.now().toISOString() },
      memberId: person.memberId,
      refused: await round.refusals.after(replica, outcome.refused),
      conflicts: open,
    });
  } catch (error) {
    if (!(error instanceof TeamSyncError)) {
      return emit({
        ...current(),
        state: { kind: 'stopped', problem: 'replica', detail: String((error as Error).message) },
      });
    }
    if (error.kind === 'unreachable') {
      return emit({
        ...current(),
        state: { kind: 'offline', pending: await waitingToGo(replica) },
      });
    }
    return emit({
      ...current(),
      state: { kind: 'stopped', problem: error.kind, detail: error.message },
    });
  }
}

/**
 * Merges the conflicts that merge, hands them to the working database and sends them.
 * Returns how many wait for a person.
 */
async function mergeWhatMerges(round: SyncRound, arrivedIds: string[]): Promise<number> {
  const author = { by: round.person.memberId, at: round.now().toISOString() };
  const { merged, waiting } = await round.conflicts.merge(round.replica, arrivedIds, author);
  if (merged.length > 0) {
    for (const piece of handOvers(merged)) await round.deliver(piece);
    await round.replica.sync(round.remote);
  }
  return waiting;
}

/** Before joining: how much of the team's workspace is here, and whether a publish stopped. */
export async function joiningState(replica: TeamReplica): Promise<TeamSyncState> {
  return {
    kind: 'joining',
    teamRows: await replica.teamRowCount(),
    ...(replica.publishUnfinished ? { publishUnfinished: true } : {}),
  };
}

/** What a sync would send: nothing before joining (a stopped publish waits for the lead). */
export const waitingToGo = async (replica: TeamReplica) => (replica.joined ? replica.pending() : 0);

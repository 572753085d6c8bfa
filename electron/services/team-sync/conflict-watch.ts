import type { ChangeOp } from '../../../shared/persistence/tables';
import { mergeConflicts } from './conflict-merges';
import type { Author, TeamConflict, TeamReplica } from './team-replica';

/**
 * The documents in conflict at the last look, so a sync reads only those and what arrived
 * instead of every document.
 */
export class ConflictWatch {
  /** null: not looked since signing in (read all). */
  private conflicted: Set<string> | null = null;

  /** A new replica: look everywhere next time. */
  forget(): void {
    this.conflicted = null;
  }

  /** The conflicts waiting for a person (where the last look found them). */
  waiting(replica: TeamReplica): Promise<TeamConflict[]> {
    return replica.conflicts(this.conflicted ? [...this.conflicted] : undefined);
  }

  settled(id: string): void {
    this.conflicted?.delete(id);
  }

  /**
   * Merges the conflicts that merge (see `mergeConflicts`) in `author`'s name. Returns the
   * merged rows and how many conflicts wait for a person.
   */
  async merge(
    replica: TeamReplica,
    arrivedIds: readonly string[],
    author: Author,
  ): Promise<{ merged: ChangeOp[]; waiting: number }> {
    const { waiting, merged } = await mergeConflicts(replica, this.conflicted, arrivedIds, author);
    this.conflicted = waiting;
    return { merged, waiting: waiting.size };
  }
}

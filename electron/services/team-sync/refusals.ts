import type { TeamReplica } from './team-replica';

interface Refused {
  reason: string;
  /** The revision the server refused: the entry stays while the row is still that one. */
  rev: string | undefined;
}

/**
 * The changes the server refused, kept past the sync that found them: replication does not
 * send a refused revision again, so it stays on this laptop only until the row changes (changed
 * back here, or someone else's version arrives) — and the list says so until then.
 */
export class Refusals {
  private readonly kept = new Map<string, Refused>();

  /** The refusals after a sync that refused `fresh`, in the status's shape. */
  async after(
    replica: TeamReplica,
    fresh: ReadonlyArray<{ id: string; reason: string }>,
  ): Promise<Array<{ id: string; reason: string }>> {
    for (const [id, entry] of [...this.kept]) {
      if ((await replica.document(id))?._rev !== entry.rev) this.kept.delete(id);
    }
    for (const { id, reason } of fresh) {
      this.kept.set(id, { reason, rev: (await replica.document(id))?._rev });
    }
    return [...this.kept].map(([id, { reason }]) => ({ id, reason }));
  }
}

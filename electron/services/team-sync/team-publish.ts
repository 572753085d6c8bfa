import type { Row } from '../../../shared/persistence/table-keys';
import type { Author, TeamRemote, TeamReplica } from './team-replica';

export type PublishOutcome =
  | { kind: 'published'; through: number | string; sent: number }
  /** Stopped by the lead (or the replica had no more to give): what went stays on the server. */
  | { kind: 'stopped'; sent: number; total: number };

/**
 * Makes the server hold this laptop's workspace: its team rows into the replica as the lead's
 * changes where they differ, then sent in batches with progress (`onProgress(sent, total)`;
 * total 0 while the rows are still being compared). `signal` stops it between tables or
 * batches; publishing again sends the rest. Members who joined meanwhile get the rest then.
 */
export async function publishToServer(
  replica: TeamReplica,
  remote: TeamRemote,
  tables: Readonly<Record<string, Row[]>>,
  author: Author,
  signal: AbortSignal,
  onProgress: (sent: number, total: number) => void,
): Promise<PublishOutcome> {
  await replica.publishing();
  onProgress(0, 0);
  await replica.reconcile(tables, author, signal);
  const total = await replica.pending();
  if (signal.aborted) return { kind: 'stopped', sent: 0, total };
  const through = await replica.updateSeq();
  onProgress(0, total);
  const pushed = await replica.push(remote, signal, (sent) =>
    onProgress(Math.min(sent, total), total),
  );
  if (pushed.stopped) return { kind: 'stopped', sent: pushed.sent, total };
  return { kind: 'published', through, sent: pushed.sent };
}

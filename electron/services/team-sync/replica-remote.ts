import type { PouchConstructor, PouchDatabase, ReplicationResult } from './pouch';

/** The team's server, reached with the signed-in person's session (or, in tools, a password). */
export type TeamRemote = { url: string; database: string } & (
  | { fetch: (url: string | URL, init?: RequestInit) => Promise<Response> }
  | { username: string; password: string }
);

/** The server's database as PouchDB reaches it over HTTP (close it after use). */
export function openRemote(Pouch: PouchConstructor, remote: TeamRemote): PouchDatabase {
  return new Pouch(`${remote.url.replace(/\/$/, '')}/${remote.database}`, {
    adapter: 'http',
    skip_setup: true,
    ...('fetch' in remote
      ? { fetch: remote.fetch }
      : { auth: { username: remote.username, password: remote.password } }),
  });
}

export interface PushOutcome {
  sent: number;
  /** Changes the server refused, with its reason (a message key of the app's catalogue). */
  refused: Array<{ id: string; reason: string }>;
  /** Stopped by the signal before everything went (what went stays on the server). */
  stopped: boolean;
  /** The local changes feed up to here is on the server (PouchDB's checkpoint). */
  through: number | string | undefined;
}

const refusedOf = (result: ReplicationResult) =>
  result.errors.map((e) => ({ id: String(e.id), reason: String(e.reason) }));

/**
 * Sends `db`'s changes to `server` in batches of 500, telling `onSent` how many documents the
 * server has taken so far; `signal` stops it between batches.
 */
export async function pushChanges(
  db: PouchDatabase,
  server: PouchDatabase,
  signal: AbortSignal,
  onSent: (sent: number) => void,
): Promise<PushOutcome> {
  if (signal.aborted) return { sent: 0, refused: [], stopped: true, through: undefined };
  const replication = db.replicate.to(server, { batch_size: 500 });
  const stop = () => replication.cancel();
  signal.addEventListener('abort', stop, { once: true });
  replication.on('change', (info: ReplicationResult) => onSent(info.docs_written));
  try {
    const result = await replication;
    return {
      sent: result.docs_written,
      refused: refusedOf(result),
      stopped: result.status === 'cancelled',
      through: result.last_seq,
    };
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

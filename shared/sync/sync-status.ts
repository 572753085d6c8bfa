/**
 * What the shell's sync indicator says: signed out, out of reach (with what waits to be sent),
 * working (sending or receiving), up to date (since when), waiting for the person to join the
 * team's workspace (or publish theirs), or stopped with a reason the person
 * can act on. Refused changes are kept beside the state until the next sync.
 */
export type TeamSyncState =
  | { kind: 'signedOut' }
  | { kind: 'offline'; pending: number }
  | { kind: 'sending'; count: number }
  | { kind: 'receiving'; count: number }
  | { kind: 'upToDate'; at: string }
  /** The lead's workspace going to the server: `sent` of `total` (0: still comparing). */
  | { kind: 'publishing'; sent: number; total: number }
  /**
   * Signed in on a laptop that has not joined the team's workspace yet (see the preview);
   * `publishUnfinished`: the lead's publish from here stopped part-way.
   */
  | { kind: 'joining'; teamRows: number; publishUnfinished?: boolean }
  | { kind: 'stopped'; problem: 'wrongPassword' | 'server' | 'replica'; detail: string };

export interface TeamSyncStatus {
  state: TeamSyncState;
  /** Who is signed in (null: the lead; undefined: nobody). */
  memberId?: string | null;
  /** Changes the server refused at the last sync, with their reasons (message keys). */
  refused: Array<{ id: string; reason: string }>;
  /** Documents held in two versions (see the Conflicts list). */
  conflicts: number;
}

export const SIGNED_OUT: TeamSyncStatus = {
  state: { kind: 'signedOut' },
  refused: [],
  conflicts: 0,
};

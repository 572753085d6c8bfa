/** When syncs run, in milliseconds. */
export interface SyncTiming {
  /** After a local change: soon, but a burst of edits goes out together. */
  afterChangeMs: number;
  /** Regardless of anything: sends what waited while the server was out of reach. */
  everyMs: number;
  /** After the server's changes feed could not be watched (offline): wait before again. */
  retryWatchMs: number;
}

export const DEFAULT_TIMING: SyncTiming = {
  afterChangeMs: 300,
  everyMs: 60_000,
  retryWatchMs: 10_000,
};

/**
 * Runs syncs while someone is signed in: shortly after a local change, whenever the server's
 * changes feed says another laptop wrote (so a change shows elsewhere within seconds), and
 * every minute. `sync` itself lets only one run at a time.
 */
export class SyncSchedule {
  private soon: ReturnType<typeof setTimeout> | null = null;
  private every: ReturnType<typeof setInterval> | null = null;
  private watching: AbortController | null = null;

  constructor(
    private readonly sync: () => Promise<unknown>,
    /** Resolves true when the server changed, false when the watch timed out; throws offline. */
    private readonly watchServer: (signal: AbortSignal) => Promise<boolean>,
    /** Notes where the server's changes stand now, so the watch misses nothing after it. */
    private readonly markServer: () => Promise<void>,
    private readonly timing: SyncTiming = DEFAULT_TIMING,
  ) {}

  get running(): boolean {
    return this.every !== null;
  }

  start(): void {
    if (this.every) return;
    this.every = setInterval(() => void this.sync().catch(() => undefined), this.timing.everyMs);
    const watching = new AbortController();
    this.watching = watching;
    void this.watch(watching.signal);
  }

  /** A local change was recorded: sync shortly. */
  changed(): void {
    if (!this.every || this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.sync().catch(() => undefined);
    }, this.timing.afterChangeMs);
  }

  stop(): void {
    if (this.every) clearInterval(this.every);
    if (this.soon) clearTimeout(this.soon);
    this.watching?.abort();
    this.every = this.soon = this.watching = null;
  }

  /**
   * Watches the server's changes. At the start and after every time the server was out of
   * reach: note where its changes stand, then sync (what changed meanwhile comes now), then
   * watch from the noted point — nothing written in between is missed.
   */
  private async watch(signal: AbortSignal): Promise<void> {
    let fresh = true;
    while (!signal.aborted) {
      try {
        if (fresh) {
          await this.markServer();
          await this.sync().catch(() => undefined);
          fresh = false;
        }
        if (await this.watchServer(signal)) await this.sync().catch(() => undefined);
      } catch {
        if (signal.aborted) return;
        fresh = true;
        await this.sync().catch(() => undefined);
        await pause(this.timing.retryWatchMs, signal);
      }
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

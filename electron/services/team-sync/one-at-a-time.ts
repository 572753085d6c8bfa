/**
 * Runs one piece of work (a sync) at a time. A request while one runs gets the next run, shared
 * by every request meanwhile: the run under way may have started before the request's changes.
 */
export class OneAtATime<T> {
  private running: Promise<T> | null = null;
  /** The run that starts when the running one ends. */
  private following: Promise<T> | null = null;
  private closed = false;

  /** `last` answers requests that start nothing: after `close`, and after held work. */
  constructor(
    private readonly run: () => Promise<T>,
    private readonly last: () => T,
  ) {}

  request(): Promise<T> {
    // Closing: what waits goes with the next start.
    if (this.closed) return Promise.resolve(this.last());
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.following ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.following = null;
        return this.request();
      });
    return this.following;
  }

  /** Resolves once the run under way, if any, has ended (however it ended). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /**
   * `work` takes a run's place: requests meanwhile wait for it and get `last()` after it.
   * Resolves once it has ended (its outcome is the caller's to read from `work`).
   */
  async hold(work: Promise<unknown>): Promise<void> {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    this.running = done.then(() => this.last()).finally(() => (this.running = null));
    await done;
  }

  /** Starts nothing more; resolves once the run under way and the one waiting have ended. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running?.catch(() => undefined);
    await this.following?.catch(() => undefined);
  }
}

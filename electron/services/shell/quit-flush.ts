/** How long closing waits for the renderer to write its last changes to disk. */
export const QUIT_FLUSH_TIMEOUT_MS = 10_000;

export interface QuitFlushDeps {
  /** Asks the renderer to write everything pending now (an IPC event). */
  requestFlush: () => void;
  /** Closes for real, once the renderer has answered or the time is up. */
  closeNow: () => void;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Closing the window (its close button, Quit, a logout) while changes are still on their way
 * to disk would leave them for the next start to find: ask the renderer to flush first, wait
 * a bounded time, then close. A second close while waiting is absorbed; the timeout makes
 * sure a hung renderer never keeps the app open.
 */
export class QuitFlush {
  private state: 'open' | 'flushing' | 'done' = 'open';
  private timer: unknown = null;

  constructor(private readonly deps: QuitFlushDeps) {}

  /** Called on the window's close event; true when it may close now. */
  closeRequested(): boolean {
    if (this.state === 'done') return true;
    if (this.state === 'open') {
      this.state = 'flushing';
      const set = this.deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
      this.timer = set(() => this.finish(), this.deps.timeoutMs ?? QUIT_FLUSH_TIMEOUT_MS);
      this.deps.requestFlush();
    }
    return false;
  }

  /** The renderer says everything is on disk (or it gave up): close. */
  flushed(): void {
    if (this.state === 'flushing') this.finish();
  }

  private finish(): void {
    if (this.state === 'done') return;
    this.state = 'done';
    const clear = this.deps.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
    if (this.timer !== null) clear(this.timer);
    this.deps.closeNow();
  }
}

import type { ChangeOp } from '../../../shared/persistence/tables';

/** One piece of the team's changes on its way to the working database. */
export interface TeamDelivery {
  delivery: number;
  ops: ChangeOp[];
}

interface Waiting {
  resolve: () => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Hands the team's changes to the renderer (an event) and waits for its answer (an invoke)
 * that they are in the working database — only then may the replica confirm the hand-over.
 * No answer in time (the window closed, the page reloaded) fails the sync; the next one hands
 * the same changes over again.
 */
export class TeamDeliveries {
  private next = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly send: (delivery: TeamDelivery) => void,
    private readonly timeoutMs = 120_000,
  ) {}

  deliver = (ops: ChangeOp[]): Promise<void> => {
    const delivery = this.next++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(delivery);
        reject(new Error('The window did not take the team’s changes in time.'));
      }, this.timeoutMs);
      this.waiting.set(delivery, { resolve, reject, timer });
      try {
        this.send({ delivery, ops });
      } catch (error) {
        this.settle(delivery, error as Error);
      }
    });
  };

  /** The renderer's answer: applied, or why not. An unknown or late answer changes nothing. */
  applied(delivery: number, problem: string | null): void {
    this.settle(delivery, problem === null ? null : new Error(problem));
  }

  /** The window is gone: nothing it was sent will be answered. */
  abandonAll(): void {
    for (const delivery of [...this.waiting.keys()]) {
      this.settle(delivery, new Error('The window closed before it took the team’s changes.'));
    }
  }

  private settle(delivery: number, error: Error | null): void {
    const waiting = this.waiting.get(delivery);
    if (!waiting) return;
    this.waiting.delete(delivery);
    clearTimeout(waiting.timer);
    if (error) waiting.reject(error);
    else waiting.resolve();
  }
}

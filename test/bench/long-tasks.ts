import type { Page } from '@playwright/test';

type Recording = { __longTasks: number[]; __longTaskObserver?: PerformanceObserver };

/**
 * Starts recording the page's long tasks (main-thread tasks over 50 ms) into
 * `window.__longTasks`, replacing a recording started before.
 */
export function recordLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as Recording;
    w.__longTaskObserver?.disconnect();
    const sink: number[] = [];
    w.__longTasks = sink;
    w.__longTaskObserver = new PerformanceObserver((list) =>
      sink.push(...list.getEntries().map((e) => e.duration)),
    );
    w.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The longest task recorded so far (0: none over 50 ms); `stop` ends the recording. */
export function longestTask(page: Page, stop = false): Promise<number> {
  return page.evaluate((end) => {
    const w = window as unknown as Recording;
    if (end) w.__longTaskObserver?.disconnect();
    return Math.max(0, ...w.__longTasks);
  }, stop);
}

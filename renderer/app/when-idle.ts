/**
 * Runs `work` once the browser is idle (after the frame in progress), or after `timeout` ms
 * at the latest when one is given; returns the cancel. Without requestIdleCallback (tests) a
 * short timer stands in.
 */
export function whenIdle(work: () => void, timeout?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, timeout === undefined ? undefined : { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}

import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Resolves once the browser has had the chance to paint what was just rendered (the frame
 * after the next), or after `limit` ms when no frame comes (a hidden window paints nothing).
 * Lets a big write start after the user has seen its result.
 */
export function afterPaint(limit = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, limit);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * `value`, but changed only after the frame showing everything else has been painted: for a
 * costly part of a screen (a chart) that must not hold up the rest of an interaction.
 * `wait`: when the value may be shown (a test holds it back).
 */
export function useAfterPaint<T>(value: T, wait: () => Promise<void> = afterPaint): T {
  const [shown, setShown] = useState(value);
  const committed = useRef(shown);
  // A layout effect: it runs before any effect's cleanup below, even when the value shown and
  // a newer value arrive in one commit.
  useLayoutEffect(() => {
    committed.current = shown;
  }, [shown]);
  useEffect(() => {
    let current = true;
    let sent = false;
    void wait().then(() => {
      if (!current) return;
      sent = true;
      startTransition(() => setShown(value));
    });
    return () => {
      current = false;
      // A newer value came before this one was shown: take the update back. React renders
      // pending transitions together, so the out-of-date chart is never drawn, and the next
      // input's frame does not wait for it (recharts draws in one uninterruptible stretch).
      if (sent && committed.current !== value) {
        const back = committed.current;
        startTransition(() => setShown(() => back));
      }
    };
  }, [value, wait]);
  return shown;
}

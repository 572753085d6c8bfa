import { startTransition, useEffect, useState } from 'react';

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
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let current = true;
    void afterPaint().then(() => {
      if (current) startTransition(() => setShown(value));
    });
    return () => {
      current = false;
    };
  }, [value]);
  return shown;
}

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

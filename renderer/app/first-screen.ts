import { useEffect } from 'react';

export const FIRST_SCREEN_MARK = 'stp:first-screen';

/**
 * Marks (once per page load) the moment the first screen shows its data and is usable;
 * the benchmark reads it as "cold start to interactive".
 */
export function useFirstScreenMark(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(FIRST_SCREEN_MARK).length === 0) {
      performance.mark(FIRST_SCREEN_MARK);
    }
  }, [ready]);
}

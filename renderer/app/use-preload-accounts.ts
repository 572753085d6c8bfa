import { useEffect } from 'react';
import { preloadAccounts } from './data/account-store';

/**
 * Reads the accounts in the first idle time after start (page by page, so input is still
 * answered): the first screen that needs them then shows them at once instead of loading.
 * Where the browser offers no idle callbacks, they load on first use as before.
 */
export function usePreloadAccounts(): void {
  useEffect(() => {
    const { requestIdleCallback: whenIdle, cancelIdleCallback: cancel } = globalThis;
    if (typeof whenIdle !== 'function') return;
    const handle = whenIdle(preloadAccounts, { timeout: 5_000 });
    return () => cancel(handle);
  }, []);
}

import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import { plannerApi, unwrap } from './planner';

export type AppInfoState =
  | { kind: 'loading' }
  | { kind: 'ready'; info: AppInfo }
  | { kind: 'unavailable'; reason: string | null };

/** Version, locale and data folder from the main process. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>(() =>
    plannerApi() ? { kind: 'loading' } : { kind: 'unavailable', reason: null },
  );
  useEffect(() => {
    const api = plannerApi();
    if (!api) return;
    let live = true;
    api
      .getAppInfo()
      .then((result) => live && setState({ kind: 'ready', info: unwrap(result) }))
      .catch((error: unknown) => live && setState({ kind: 'unavailable', reason: String(error) }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

import type { PlannerApi } from '../../shared/ipc/planner-api';
import type { IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

/** The preload's API, or null when the renderer runs without the desktop shell. */
export function plannerApi(): PlannerApi | null {
  return typeof window !== 'undefined' && window.planner ? window.planner : null;
}

/** Unwraps a result; main's refusals become errors the caller can show. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.data;
  throw new Error(result.error.message);
}

import type { PlannerApi } from '@shared/ipc/planner-api';
import type { IpcErrorCode, IpcResult } from '@shared/ipc/result';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

/** The preload's API, or null when the renderer runs without the desktop shell. */
export function plannerApi(): PlannerApi | null {
  return typeof window !== 'undefined' && window.planner ? window.planner : null;
}

/** Main refused or failed a call; `code` says why, for a translated message. */
export class IpcFailure extends Error {
  override readonly name = 'IpcFailure';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Unwraps a result; main's refusals become errors the caller can show. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.data;
  throw new IpcFailure(result.error.code, result.error.message);
}

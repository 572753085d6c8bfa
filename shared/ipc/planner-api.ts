import type {
  EventChannel,
  EventMethod,
  InvokeMethod,
  eventChannels,
  invokeChannels,
} from './channels';
import type { EventPayload, InvokeRequest, InvokeResponse } from './contract';
import type { IpcResult } from './result';

type InvokeFn<C extends (typeof invokeChannels)[InvokeMethod]> =
  InvokeRequest<C> extends undefined
    ? () => Promise<IpcResult<InvokeResponse<C>>>
    : (request: InvokeRequest<C>) => Promise<IpcResult<InvokeResponse<C>>>;

/** What the preload exposes as `window.planner`: one named function per channel. */
export type PlannerApi = {
  [M in InvokeMethod]: InvokeFn<(typeof invokeChannels)[M]>;
} & {
  [M in EventMethod]: (
    listener: (payload: EventPayload<(typeof eventChannels)[M] & EventChannel>) => void,
  ) => () => void;
};

export interface PlannerTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.planner` from the channel lists and a transport. Self-contained on purpose
 * (no imports, no closures over module scope): the preload calls it with ipcRenderer, and the
 * browser test harness injects its source as an init script with a binding as transport.
 */
export function buildPlannerBridge(
  methods: Record<string, string>,
  events: Record<string, string>,
  transport: PlannerTransport,
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = (request?: unknown) => transport.invoke(channel, request);
  }
  for (const [name, channel] of Object.entries(events)) {
    api[name] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return transport.subscribe(channel, (payload) => listener(payload));
    };
  }
  return Object.freeze(api);
}

import type { EventChannel } from '@shared/ipc/channels';
import { eventContract, type EventPayload } from '@shared/ipc/contract';

/**
 * A main → renderer event's payload, checked against the contract before it is sent: a bug
 * in main shows here, not as a page that trusted a malformed message.
 */
export function checkedEvent<C extends EventChannel>(
  channel: C,
  payload: unknown,
): EventPayload<C> {
  return eventContract[channel].parse(payload) as EventPayload<C>;
}

import type { z } from 'zod';
import type { InvokeChannel } from '@shared/ipc/channels';
import type { InvokeResponse, invokeContract } from '@shared/ipc/contract';

type ParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['request']>;

/** One handler per invoke channel; each domain service contributes its part of the map. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (
    request: ParsedRequest<C>,
  ) => InvokeResponse<C> | Promise<InvokeResponse<C>>;
};

export type DomainHandlers<C extends InvokeChannel> = Pick<InvokeHandlers, C>;

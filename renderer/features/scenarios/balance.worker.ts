/// <reference lib="webworker" />
import { balanceContiguous } from '@shared/balancer/contiguous/balance-contiguous';
import type { BalanceRequest, BalanceResponse } from './balance-protocol';
import { proposeContiguouslyExactly, proposeExactly, proposeFast } from './propose-exactly';

// 250,000 accounts and 500 members take a second or two: here, off the window's thread.
// Cancelling terminates this worker; it writes nothing.
const post = (message: BalanceResponse, transfer: Transferable[] = []) =>
  postMessage(message, transfer);

onmessage = async (event: MessageEvent<BalanceRequest>) => {
  try {
    const request = event.data;
    if (request.method === 'exact') return await proposeExactly(request, post);
    if (request.method === 'contiguous') {
      if (request.exact) return await proposeContiguouslyExactly(request, post);
      const result = balanceContiguous(request.problem, request.potential, request.territories);
      return post({ type: 'contiguous', result }, [result.newOwner.buffer]);
    }
    const result = await proposeFast(request, (fraction) => post({ type: 'progress', fraction }));
    post({ type: 'balanced', result }, [result.newOwner.buffer]);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

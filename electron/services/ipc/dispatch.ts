import { isInvokeChannel, invokeContract } from '@shared/ipc/contract';
import { ipcError, ipcOk, isIpcErrorCode, type IpcResult } from '@shared/ipc/result';
import type { InvokeHandlers } from './handlers';
import { isTrustedSender, type IpcSender } from './sender';

export interface DispatchOptions {
  allowedOrigins: readonly string[];
  /** Where refusals are reported; they mean a bug or an attack, never normal use. */
  warn?: (message: string) => void;
}

/**
 * The one gate every renderer → main call passes: known channel, trusted sender, payload
 * valid against the contract — only then does the handler run. Never throws; failures
 * come back as a typed error result.
 */
export async function dispatchInvoke(
  handlers: InvokeHandlers,
  channel: unknown,
  sender: IpcSender,
  payload: unknown,
  options: DispatchOptions,
): Promise<IpcResult<unknown>> {
  const warn = options.warn ?? (() => undefined);
  if (!isInvokeChannel(channel)) {
    warn(`IPC refused: unknown channel ${String(channel).slice(0, 80)}`);
    return ipcError('unknown-channel', 'Unknown channel.');
  }
  if (!isTrustedSender(sender, options.allowedOrigins)) {
    warn(`IPC refused: untrusted sender for ${channel} (${String(sender.url).slice(0, 120)})`);
    return ipcError('forbidden-sender', 'The sender is not allowed to call this channel.');
  }
  const parsed = invokeContract[channel].request.safeParse(payload);
  if (!parsed.success) {
    warn(`IPC refused: invalid payload for ${channel}`);
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return ipcError('invalid-request', `Invalid request${where}: ${first?.message ?? 'rejected'}`);
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    const data = await handler(parsed.data);
    return ipcOk(invokeContract[channel].response.parse(data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { ipcCode?: unknown } | null)?.ipcCode;
    return ipcError(isIpcErrorCode(code) ? code : 'failed', message);
  }
}

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeContract } from '@shared/ipc/contract';
import { dispatchInvoke } from '../services/ipc/dispatch';
import type { InvokeHandlers } from '../services/ipc/handlers';
import type { IpcSender } from '../services/ipc/sender';
import { APP_ORIGIN } from '../services/shell/app-origin';

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return { url: frame?.url ?? null, isMainFrame: !!frame && frame.parent === null };
}

/** Registers every channel of the contract through the one validating gate. */
export function registerIpcHandlers(handlers: InvokeHandlers): () => void {
  const channels = Object.keys(invokeContract);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatchInvoke(handlers, channel, senderOf(event), payload, {
        allowedOrigins: [APP_ORIGIN],
        warn: (message) => console.warn(message),
      }),
    );
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

import { originOf } from '../shell/app-origin';

/** What main knows about the frame that sent an IPC message. */
export interface IpcSender {
  /** URL of the sending frame; null when the frame is gone (navigated or destroyed). */
  url: string | null;
  /** False for subframes: only the app's own top-level page may call main. */
  isMainFrame: boolean;
}

/** The VS Code rule: a known origin and the main frame, or the message is dropped. */
export function isTrustedSender(sender: IpcSender, allowedOrigins: readonly string[]): boolean {
  if (!sender.isMainFrame || !sender.url) return false;
  const origin = originOf(sender.url);
  return origin !== null && allowedOrigins.includes(origin);
}

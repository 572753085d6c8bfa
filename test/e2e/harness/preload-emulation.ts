import type { BrowserContext, Page } from '@playwright/test';
import {
  createInvokeHandlers,
  type ServiceDeps,
} from '../../../electron/services/handler-registry';
import { dispatchInvoke } from '../../../electron/services/ipc/dispatch';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { eventContract, type MenuCommand } from '@shared/ipc/contract';
import { buildPlannerBridge } from '@shared/ipc/planner-api';

/**
 * Stands in for the Electron preload: `window.planner` is built by the same bridge function,
 * and every call goes through the same dispatch gate into the same service handlers main
 * registers. Only the transport differs (a Playwright binding instead of ipcRenderer).
 *
 * The bulk channel (saving changes: thousands of rows, plain JSON by the IPC contract) crosses
 * as one JSON string: Playwright's own argument serialiser walks every value in page script and
 * held the page for ~0.4 s per 8,000 rows — far more than Electron's native structured clone,
 * so the harness measured its own transport, not the app.
 */
export async function installPlannerBridge(
  context: BrowserContext,
  origin: string,
  deps: ServiceDeps,
) {
  const handlers = createInvokeHandlers(deps);
  await context.exposeBinding(
    '__plannerInvoke',
    (source, channel: unknown, payload: unknown, asJson?: unknown) =>
      dispatchInvoke(
        handlers,
        channel,
        { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
        asJson === true && typeof payload === 'string' ? (JSON.parse(payload) as unknown) : payload,
        { allowedOrigins: [origin] },
      ),
  );
  await context.addInitScript(`(() => {
    const buildPlannerBridge = ${buildPlannerBridge.toString()};
    const listeners = new Map();
    const invoke = window.__plannerInvoke;
    window.__plannerEmit = (channel, payload) => (listeners.get(channel) || []).forEach((l) => l(payload));
    const api = buildPlannerBridge(${JSON.stringify(invokeChannels)}, ${JSON.stringify(eventChannels)}, {
      invoke: (channel, payload) =>
        channel === ${JSON.stringify(invokeChannels.appendChanges)}
          ? invoke(channel, JSON.stringify(payload), true)
          : invoke(channel, payload),
      subscribe: (channel, listener) => {
        listeners.set(channel, [...(listeners.get(channel) || []), listener]);
        return () => listeners.set(channel, (listeners.get(channel) || []).filter((l) => l !== listener));
      },
    });
    Object.defineProperty(window, 'planner', { value: api, writable: false, configurable: false });
  })();`);
}

/** Sends a main → renderer event to the page, as webContents.send does. */
export async function emitToPage(page: Page, channel: string, payload: unknown): Promise<void> {
  await page.evaluate(
    ([name, data]) =>
      (window as unknown as { __plannerEmit: (c: string, d: unknown) => void }).__plannerEmit(
        name as string,
        data,
      ),
    [channel, payload] as const,
  );
}

/** What main does when the OS hands it a workspace file while the app runs. */
export async function announceWaitingFile(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __plannerEmit: (c: string, d: unknown) => void }).__plannerEmit(
      'workspace:file-waiting',
      {},
    ),
  );
}

/** What main's menu does: validate the command, then send it to the page. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  const payload = eventContract['menu:command'].parse(command);
  await page.evaluate(
    ([channel, data]) =>
      (window as unknown as { __plannerEmit: (c: string, d: unknown) => void }).__plannerEmit(
        channel,
        data,
      ),
    ['menu:command', payload] as const,
  );
}

import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { eventContract, invokeContract, isInvokeChannel } from '@shared/ipc/contract';
import { buildPlannerBridge } from '@shared/ipc/planner-api';

describe('IPC contract', () => {
  it('pairs every channel name with schemas and names channels domain:verb', () => {
    expect(Object.values(invokeChannels).sort()).toEqual(Object.keys(invokeContract).sort());
    expect(Object.values(eventChannels).sort()).toEqual(Object.keys(eventContract).sort());
    for (const channel of [...Object.keys(invokeContract), ...Object.keys(eventContract)]) {
      expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
    }
  });

  it('knows its channels and nothing inherited', () => {
    expect(isInvokeChannel('app:get-info')).toBe(true);
    for (const value of [
      'toString',
      '__proto__',
      'constructor',
      'app:delete-everything',
      42,
      null,
    ]) {
      expect(isInvokeChannel(value)).toBe(false);
    }
  });

  it('refuses unknown fields and wrong values in requests', () => {
    const schema = invokeContract['app:set-menu-language'].request;
    expect(schema.safeParse({ language: 'de' }).success).toBe(true);
    expect(schema.safeParse({ language: 'fr' }).success).toBe(false);
    expect(schema.safeParse({ language: 'de', path: '/etc/passwd' }).success).toBe(false);
  });
});

describe('buildPlannerBridge', () => {
  it('exposes one frozen function per channel and nothing else', async () => {
    const transport = {
      invoke: vi.fn(async () => 'answer'),
      subscribe: vi.fn(() => () => undefined),
    };
    const api = buildPlannerBridge(invokeChannels, eventChannels, transport);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort(),
    );
    expect(Object.isFrozen(api)).toBe(true);
    await expect(
      (api.setMenuLanguage as (r: unknown) => Promise<unknown>)({ language: 'de' }),
    ).resolves.toBe('answer');
    expect(transport.invoke).toHaveBeenCalledWith('app:set-menu-language', { language: 'de' });
  });

  it('subscriptions pass only the payload and return an unsubscribe', () => {
    let forward: (payload: unknown) => void = () => undefined;
    const unsubscribe = vi.fn();
    const transport = {
      invoke: vi.fn(),
      subscribe: vi.fn((_channel: string, listener: (payload: unknown) => void) => {
        forward = listener;
        return unsubscribe;
      }),
    };
    const api = buildPlannerBridge(invokeChannels, eventChannels, transport);
    const listener = vi.fn();
    const off = (api.onMenuCommand as (l: (p: unknown) => void) => () => void)(listener);
    forward({ command: 'new-member' });
    expect(listener).toHaveBeenCalledWith({ command: 'new-member' });
    expect(transport.subscribe).toHaveBeenCalledWith('menu:command', expect.any(Function));
    off();
    expect(unsubscribe).toHaveBeenCalled();
    expect(() => (api.onMenuCommand as (l: unknown) => void)('not a function')).toThrow(TypeError);
  });
});

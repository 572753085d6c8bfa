import { describe, expect, it, vi } from 'vitest';
import { QuitFlush } from '../../../../../electron/services/shell/quit-flush';

function setup() {
  const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  const requestFlush = vi.fn();
  const closeNow = vi.fn();
  const quit = new QuitFlush({
    requestFlush,
    closeNow,
    timeoutMs: 10_000,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => ((timer as { cleared: boolean }).cleared = true),
  });
  return { quit, timers, requestFlush, closeNow };
}

describe('QuitFlush', () => {
  it('holds the first close, asks for a flush once, and closes when the renderer answers', () => {
    const { quit, timers, requestFlush, closeNow } = setup();
    expect(quit.closeRequested()).toBe(false);
    expect(quit.closeRequested()).toBe(false);
    expect(requestFlush).toHaveBeenCalledTimes(1);
    quit.flushed();
    expect(closeNow).toHaveBeenCalledTimes(1);
    expect(timers[0]!.cleared).toBe(true);
    expect(quit.closeRequested()).toBe(true);
  });

  it('closes after the time is up when the renderer never answers', () => {
    const { quit, timers, closeNow } = setup();
    quit.closeRequested();
    expect(timers[0]!.ms).toBe(10_000);
    timers[0]!.run();
    expect(closeNow).toHaveBeenCalledTimes(1);
    quit.flushed();
    expect(closeNow).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer nobody asked for', () => {
    const { quit, closeNow } = setup();
    quit.flushed();
    expect(closeNow).not.toHaveBeenCalled();
    expect(quit.closeRequested()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { OneAtATime } from '../../../../../electron/services/team-sync/one-at-a-time';

/** A run that ends when the test says so, numbered in the order runs started. */
function controlledRuns() {
  const ends: Array<(value: string) => void> = [];
  let started = 0;
  const run = () => {
    started += 1;
    const number = started;
    return new Promise<string>((resolve) => ends.push(() => resolve(`run ${number}`)));
  };
  return { run, ends, started: () => started };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OneAtATime', () => {
  it('starts the next run only after the running one, shared by every request meanwhile', async () => {
    const { run, ends, started } = controlledRuns();
    const syncs = new OneAtATime(run, () => 'idle');
    const first = syncs.request();
    const second = syncs.request();
    const third = syncs.request();
    await tick();
    expect(started()).toBe(1);
    ends[0]!('');
    expect(await first).toBe('run 1');
    await tick();
    expect(started()).toBe(2);
    ends[1]!('');
    expect(await second).toBe('run 2');
    expect(await third).toBe('run 2');
    expect(started()).toBe(2);
  });

  it('runs again after a run that failed', async () => {
    let calls = 0;
    const syncs = new OneAtATime(
      () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')),
      () => 'idle',
    );
    const failing = syncs.request();
    const next = syncs.request();
    await expect(failing).rejects.toThrow('offline');
    expect(await next).toBe('ok');
  });

  it('lets held work take a run’s place: requests meanwhile wait for it', async () => {
    const { run, ends, started } = controlledRuns();
    const syncs = new OneAtATime(run, () => 'idle');
    let finish!: () => void;
    const work = new Promise<void>((resolve) => (finish = resolve));
    const held = syncs.hold(work);
    const meanwhile = syncs.request();
    await tick();
    expect(started()).toBe(0);
    finish();
    await held;
    await tick();
    // The request asked during the work gets a fresh run after it.
    expect(started()).toBe(1);
    ends[0]!('');
    expect(await meanwhile).toBe('run 1');
  });

  it('idle waits for the run under way, whatever its outcome', async () => {
    const { run, ends } = controlledRuns();
    const syncs = new OneAtATime(run, () => 'idle');
    void syncs.request();
    let idle = false;
    const waiting = syncs.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(false);
    ends[0]!('');
    await waiting;
    expect(idle).toBe(true);
  });

  it('starts nothing once closed, and close waits for the run under way and the one queued', async () => {
    const { run, ends, started } = controlledRuns();
    const syncs = new OneAtATime(run, () => 'closed');
    void syncs.request();
    const queued = syncs.request();
    let closed = false;
    const closing = syncs.close().then(() => (closed = true));
    await tick();
    expect(closed).toBe(false);
    ends[0]!('');
    // The queued request asked before closing; closing does not start it.
    expect(await queued).toBe('closed');
    await closing;
    expect(started()).toBe(1);
    expect(await syncs.request()).toBe('closed');
  });
});

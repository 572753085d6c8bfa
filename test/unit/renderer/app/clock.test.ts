import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '@renderer/app/clock';

const zone = process.env.TZ;
afterEach(() => {
  clock.set(() => new Date());
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('clock', () => {
  it('says today is the user’s calendar day: 1 December at 00:30 in Berlin', () => {
    process.env.TZ = 'Europe/Berlin';
    clock.set(() => new Date('2026-11-30T23:30:00Z'));
    expect(clock.today()).toBe('2026-12-01');
    expect(clock.now().toISOString()).toBe('2026-11-30T23:30:00.000Z');
  });
});

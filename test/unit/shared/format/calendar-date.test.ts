import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '@shared/format/calendar-date';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localDate', () => {
  it('is already tomorrow at 00:30 in Berlin, while UTC still says today', () => {
    process.env.TZ = 'Europe/Berlin';
    const winter = new Date('2026-11-30T23:30:00Z'); // 00:30 CET
    expect(winter.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(localDate(winter)).toBe('2026-12-01');
    const summer = new Date('2026-06-30T22:30:00Z'); // 00:30 CEST
    expect(localDate(summer)).toBe('2026-07-01');
  });

  it('is the same day where local and UTC agree, with zero-padded parts', () => {
    process.env.TZ = 'UTC';
    expect(localDate(new Date('0999-01-05T12:00:00Z'))).toBe('0999-01-05');
  });
});

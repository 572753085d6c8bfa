import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../../../../electron/services/persistence/journal';

const line = (revision: number) => JSON.stringify({ revision, at: 'x', ops: [] });

describe('parseJournal', () => {
  it('reads complete lines', () => {
    const parsed = parseJournal(`${line(1)}\n${line(2)}\n`);
    expect(parsed.entries.map((e) => e.revision)).toEqual([1, 2]);
    expect(parsed).toMatchObject({ tornTail: false, damagedAtLine: null });
  });

  it('ignores a torn last line (a crash mid-append that was never acknowledged)', () => {
    const parsed = parseJournal(`${line(1)}\n${line(2).slice(0, 10)}`);
    expect(parsed.entries.map((e) => e.revision)).toEqual([1]);
    expect(parsed.tornTail).toBe(true);
  });

  it('stops at a damaged or out-of-order line', () => {
    expect(parseJournal(`${line(1)}\n{oops}\n${line(3)}\n`)).toMatchObject({ damagedAtLine: 2 });
    expect(parseJournal(`${line(1)}\n${line(3)}\n`).entries).toHaveLength(1);
  });

  it('reads an empty journal', () => {
    expect(parseJournal('')).toEqual({ entries: [], tornTail: false, damagedAtLine: null });
  });
});

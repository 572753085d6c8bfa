import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../../../../electron/services/persistence/journal';

const line = (revision: number) => JSON.stringify({ revision, at: 'x', ops: [] });

describe('parseJournal', () => {
  it('reads complete lines', () => {
    const parsed = parseJournal(`${line(1)}\n${line(2)}\n`);
    expect(parsed.entries.map((e) => e.revision)).toEqual([1, 2]);
    expect(parsed).toMatchObject({ tornTail: false, damagedLines: [] });
  });

  it('ignores a torn last line (a crash mid-append that was never acknowledged)', () => {
    const parsed = parseJournal(`${line(1)}\n${line(2).slice(0, 10)}`);
    expect(parsed.entries.map((e) => e.revision)).toEqual([1]);
    expect(parsed.tornTail).toBe(true);
  });

  it('passes over a damaged or out-of-order line and reads on', () => {
    const parsed = parseJournal(`${line(1)}\n{oops}\n${line(3)}\n${line(2)}\n${line(4)}\n`);
    expect(parsed.damagedLines).toEqual([2, 4]);
    expect(parsed.entries.map((e) => e.revision)).toEqual([1, 3, 4]);
  });

  it('sets aside entries the contract does not allow (unknown table, row without its key)', () => {
    const entry = (ops: unknown) => JSON.stringify({ revision: 2, at: 'x', ops });
    for (const ops of [
      [{ type: 'put', table: 'nonsense', rows: [{ id: 'a' }] }],
      [{ type: 'put', table: 'members', rows: [{ name: 'no id' }] }],
      [{ type: 'clear' }],
    ]) {
      const parsed = parseJournal(`${line(1)}\n${entry(ops)}\n${line(3)}\n`);
      expect(parsed.damagedLines).toEqual([2]);
      expect(parsed.entries.map((e) => e.revision)).toEqual([1, 3]);
    }
  });

  it('reads an empty journal', () => {
    expect(parseJournal('')).toEqual({ entries: [], tornTail: false, damagedLines: [] });
  });
});

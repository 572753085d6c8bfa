import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../renderer/store/app-store';
import { HISTORY_LIMIT } from '../../../../renderer/store/slices/history';

const log: string[] = [];
const change = (name: string) => ({
  label: 'territories.history.change' as const,
  labelParams: { name },
  undo: async () => void log.push(`undo ${name}`),
  redo: async () => void log.push(`redo ${name}`),
});

beforeEach(() => {
  log.length = 0;
  useAppStore.setState({ past: [], future: [] });
});

describe('undo history', () => {
  it('undoes and redoes in order, and a new change clears what could be redone', async () => {
    const { record, undo, redo } = useAppStore.getState();
    record(change('a'));
    record(change('b'));
    await undo();
    await undo();
    await redo();
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    record(change('c'));
    expect(useAppStore.getState().future).toEqual([]);
    expect(await redo()).toBeNull();
  });

  it('two quick undos take back two changes, even while the first is still writing', async () => {
    const { record, undo } = useAppStore.getState();
    const slow = (name: string) => ({
      ...change(name),
      undo: () =>
        new Promise<void>((resolve) =>
          setTimeout(() => resolve(void log.push(`undo ${name}`)), 20),
        ),
    });
    record(slow('a'));
    record(slow('b'));
    await Promise.all([undo(), undo()]);
    expect(log).toEqual(['undo b', 'undo a']);
    expect(useAppStore.getState().future.map((c) => c.labelParams?.name)).toEqual(['a', 'b']);
  });

  it(`keeps the last ${HISTORY_LIMIT} changes`, async () => {
    const { record, undo } = useAppStore.getState();
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) record(change(String(i)));
    expect(useAppStore.getState().past).toHaveLength(HISTORY_LIMIT);
    while (await undo());
    expect(log.at(-1)).toBe('undo 5');
  });

  it('keeps a change in the history when undoing it fails', async () => {
    const { record, undo } = useAppStore.getState();
    record({ ...change('x'), undo: () => Promise.reject(new Error('disk full')) });
    await expect(undo()).rejects.toThrow('disk full');
    expect(useAppStore.getState().past).toHaveLength(1);
  });
});

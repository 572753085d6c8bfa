import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { forgetCachedQueries, useCachedQuery } from '@renderer/app/data/cached-query';
import { member } from '../../fresh-db';

const MEMBERS = ['members'] as const;

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  forgetCachedQueries();
  await db.members.bulkPut([member('a', 'Anna'), member('b', 'Ben')]);
});

/** A screen reading the members' names, counting its reads. */
function mountNames(load: () => Promise<string[]>) {
  return renderHook(() => useCachedQuery('names', MEMBERS, load));
}

const readNames = () => vi.fn(async () => (await db.members.toArray()).map((m) => m.name));

describe('cached query', () => {
  it('shows what it read at once when the screen opens again, without reading', async () => {
    const load = readNames();
    const first = mountNames(load);
    expect(first.result.current).toBeUndefined();
    await waitFor(() => expect(first.result.current).toEqual(['Anna', 'Ben']));
    first.unmount();

    const again = mountNames(load);
    // The very first render has the names: no loading state, no second read.
    expect(again.result.current).toEqual(['Anna', 'Ben']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads again after a change to its tables, and only then', async () => {
    const load = readNames();
    const { result } = mountNames(load);
    await waitFor(() => expect(result.current).toEqual(['Anna', 'Ben']));

    // Another table changes: nothing to read.
    await db.territories.put({
      id: 't1',
      name: 'Nord',
      kind: 'territory',
      parentId: null,
      ownerId: null,
      mentorId: null,
      rules: [],
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).toHaveBeenCalledTimes(1);

    await db.members.put(member('c', 'Carla'));
    await waitFor(() => expect(result.current).toEqual(['Anna', 'Ben', 'Carla']));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reads again when the workspace is replaced (a restore or an import)', async () => {
    const load = readNames();
    const { result } = mountNames(load);
    await waitFor(() => expect(result.current).toEqual(['Anna', 'Ben']));
    // A restore writes with the journal paused, then tells everyone the workspace changed.
    db.journal.paused = true;
    await db.members.clear();
    db.journal.paused = false;
    db.journal.announceReplaced();
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('never shows a read from a database that was deleted since', async () => {
    const load = readNames();
    const first = mountNames(load);
    await waitFor(() => expect(first.result.current).toEqual(['Anna', 'Ben']));
    first.unmount();
    db.close();
    await db.delete();
    await db.open();
    await db.members.bulkPut([member('z', 'Zoe')]);

    const next = mountNames(load);
    expect(next.result.current).not.toEqual(['Anna', 'Ben']);
    await waitFor(() => expect(next.result.current).toEqual(['Zoe']));
  });
});

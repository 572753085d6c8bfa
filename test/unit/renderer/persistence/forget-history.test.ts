import { describe, expect, it } from 'vitest';
import { applyDiskState, dumpWorkspace } from '../../../../renderer/persistence/disk-state';
import { forgetHistoryOnReplace } from '../../../../renderer/persistence/forget-history';
import { useAppStore } from '../../../../renderer/store/app-store';
import { freshDatabases, member } from '../fresh-db';

const freshDb = freshDatabases('forget');

describe('undo after a restore or an import', () => {
  it('is forgotten when the workspace is replaced, and kept across ordinary changes', async () => {
    const db = freshDb();
    const stop = forgetHistoryOnReplace(db.journal, useAppStore.getState().clearHistory);
    await db.members.add(member('a', 'Anna'));
    const restoredState = await dumpWorkspace(db);
    let undone = false;
    useAppStore.getState().record({
      label: 'team.saved' as never,
      undo: async () => {
        undone = true;
        await db.members.delete('a');
      },
      redo: async () => undefined,
    });
    await db.members.add(member('b', 'Bert'));
    expect(useAppStore.getState().past).toHaveLength(1);

    await applyDiskState(db, { revision: 7, tables: restoredState });
    expect(useAppStore.getState().past).toHaveLength(0);
    await useAppStore.getState().undo();
    expect(undone).toBe(false);
    expect(await db.members.get('a')).toBeDefined();
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import { applyDiskState, dumpWorkspace } from '@renderer/persistence/disk-state';
import { forgetHistoryOnReplace } from '@renderer/persistence/forget-history';
import { saveMemberCommand } from '@renderer/features/team/team-repository';
import { useAppStore } from '@renderer/store/app-store';
import { freshDatabases, member } from '../fresh-db';
import { as } from '../commands/acting';

const freshDb = freshDatabases('forget');

describe('undo after a restore or an import', () => {
  it('is forgotten when the workspace is replaced, and kept across ordinary changes', async () => {
    const db = freshDb();
    useAppStore.setState({ past: [], future: [], historyActor: '' });
    const stop = forgetHistoryOnReplace(db.journal, useAppStore.getState().clearHistory);
    await db.members.add(member('a', 'Anna'));
    const restoredState = await dumpWorkspace(db);
    await as(
      null,
      saveMemberCommand({ ...member('a', 'Anna'), name: 'Anna B.', capacity: '1' }, 'a'),
      db,
    );
    await db.members.add(member('b', 'Bert'));
    expect(useAppStore.getState().past).toHaveLength(1);

    await applyDiskState(db, { revision: 7, tables: restoredState });
    expect(useAppStore.getState().past).toHaveLength(0);
    expect(await useAppStore.getState().undo()).toBeNull();
    expect((await db.members.get('a'))!.name).toBe('Anna');
    stop();
  });
});

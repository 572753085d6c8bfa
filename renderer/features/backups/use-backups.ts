import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '@shared/ipc/persistence-schemas';
import { plannerApi, unwrap } from '@renderer/ipc/planner';

export type BackupList =
  | { kind: 'loading' }
  | { kind: 'ready'; backups: BackupInfo[] }
  | { kind: 'failed'; error: unknown }
  | { kind: 'no-shell' };

/** The backups main keeps, refreshed whenever main reports a new one. */
export function useBackups(): [BackupList, () => void] {
  const api = plannerApi();
  const [list, setList] = useState<BackupList>(api ? { kind: 'loading' } : { kind: 'no-shell' });
  const reload = useCallback(() => {
    const current = plannerApi();
    if (!current) return;
    current
      .listBackups()
      .then((result) => setList({ kind: 'ready', backups: unwrap(result) }))
      .catch((error: unknown) => setList({ kind: 'failed', error }));
  }, []);
  useEffect(() => {
    reload();
    return plannerApi()?.onBackupCreated(reload);
  }, [reload]);
  return [list, reload];
}

import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';

type OpenOptions = Parameters<typeof PersistenceService.open>[0];

/**
 * Opens the service the way a new app process would after the last one ended: each call
 * plays another process whose predecessor is gone, so its lock is stale and taken over.
 */
export function restartingService(now: () => Date) {
  let pid = 100_000 + Math.floor(Math.random() * 100_000);
  return (dataDir: string, extra: Partial<OpenOptions> = {}) =>
    PersistenceService.open({
      dataDir,
      appVersion: '0.1.0',
      now,
      lock: { pid: (pid += 1), isAlive: () => false },
      ...extra,
    });
}

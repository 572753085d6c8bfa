import { app } from 'electron';
import { PersistenceService } from '../services/persistence/persistence-service';
import { fromDiskError } from '../services/persistence/persistence-error';

/**
 * Opens the durable workspace in the data folder. When it cannot be opened (no permission,
 * disk error), every persistence call reports that error to the renderer instead of crashing.
 */
export async function openDurableWorkspace(dataDir: string) {
  let service: PersistenceService | null = null;
  let failure: Error | null = null;
  try {
    service = await PersistenceService.open({
      dataDir,
      appVersion: app.getVersion(),
      now: () => new Date(),
    });
  } catch (error) {
    failure = fromDiskError(error, 'Could not open the data folder');
  }
  const get = () => {
    if (!service) throw failure!;
    return service;
  };
  // Automatic backups: checked every minute, written at most every 15 minutes of changes.
  const timer = setInterval(() => void service?.maybeAutoBackup().catch(() => undefined), 60_000);
  // After every window has closed (each let the renderer flush first): fold the journal and
  // let the next start (or another app) have the folder, then quit for real.
  let closed = false;
  app.on('will-quit', (event) => {
    clearInterval(timer);
    if (closed || !service) return;
    event.preventDefault();
    const done = () => {
      closed = true;
      app.quit();
    };
    const giveUp = setTimeout(done, 5_000);
    void service
      .compact()
      .catch(() => undefined)
      .then(() => service?.close())
      .finally(() => {
        clearTimeout(giveUp);
        done();
      });
  });
  return get;
}

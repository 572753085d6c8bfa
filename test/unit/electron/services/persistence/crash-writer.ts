// Child process for the crash test: writes journal entries and snapshots as fast as it can
// and prints every acknowledged revision, until the parent kills it with SIGKILL.
import { writeSync } from 'node:fs';
import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';

const dir = process.argv[2]!;
const service = await PersistenceService.open({
  dataDir: dir,
  appVersion: 'crash-test',
  now: () => new Date(),
  compactAfterBytes: 3000,
});
let n = service.status().counts.members ?? 0;
writeSync(1, 'ready\n');
for (;;) {
  n += 1;
  const id = `m${n}`;
  const { revision } = await service.append([
    { type: 'put', table: 'members', rows: [{ id, n, note: 'Grüße 😀'.repeat(20) }] },
  ]);
  writeSync(1, `ack ${revision} ${id}\n`);
}

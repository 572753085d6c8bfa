// Child process for the crash test: writes journal entries and snapshots as fast as it can
// and prints every acknowledged revision, until the parent kills it with SIGKILL. Before each
// durable step it names the step ("phase …") and holds still for a moment, so the parent can
// kill it inside that step whatever the machine's speed.
import { writeSync } from 'node:fs';
import path from 'node:path';
import {
  nodeFileSystem,
  type FileSystem,
} from '../../../../../electron/services/persistence/file-system';
import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';

const dir = process.argv[2]!;
const pause = new Int32Array(new SharedArrayBuffer(4));
const announce = (phase: string) => {
  writeSync(1, `phase ${phase}\n`);
  // Long enough for the parent's SIGKILL to land here, short enough to keep the run quick.
  Atomics.wait(pause, 0, 0, 4);
};

const phaseOf = (file: string, step: 'write' | 'sync' | 'rename'): string | null => {
  const name = path.basename(file);
  if (name === 'journal.ndjson') return 'journal-append';
  if (name.startsWith('snapshot.stsnap.')) return step === 'rename' ? 'rename' : 'snapshot-write';
  if (name.startsWith('journal.ndjson.')) return 'journal-reset';
  return null;
};

const fs: FileSystem = {
  ...nodeFileSystem,
  open: async (file, flags) => {
    const handle = await nodeFileSystem.open(file, flags);
    return {
      ...handle,
      read: (b, o, l, p) => handle.read(b, o, l, p),
      close: () => handle.close(),
      writeFile: async (data) => {
        const phase = phaseOf(file, 'write');
        if (phase) announce(phase);
        await handle.writeFile(data);
      },
      sync: async () => {
        const phase = phaseOf(file, 'sync');
        if (phase) announce(phase);
        await handle.sync();
      },
    };
  },
  rename: async (from, to) => {
    const phase = phaseOf(from, 'rename');
    if (phase) announce(phase);
    await nodeFileSystem.rename(from, to);
  },
};

const service = await PersistenceService.open({
  dataDir: dir,
  appVersion: 'crash-test',
  now: () => new Date(),
  fs,
  compactAfterBytes: 3000,
});
let n = 0;
writeSync(1, 'ready\n');
for (;;) {
  n += 1;
  // Unique across runs: a change lost by one run must not be written again by the next.
  const id = `p${process.pid}-${n}`;
  const { revision } = await service.append([
    { type: 'put', table: 'members', rows: [{ id, n, note: 'Grüße 😀'.repeat(20) }] },
  ]);
  writeSync(1, `ack ${revision} ${id}\n`);
}

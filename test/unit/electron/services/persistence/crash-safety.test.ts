import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';
import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';
import { decodeWorkspaceFile } from '../../../../../electron/services/persistence/workspace-file';
import { createRandom } from '../../../../../shared/demo/random';

const KILLS = 200;
let writer = '';

beforeAll(async () => {
  // The child runs the real service code, bundled once to plain JavaScript.
  const outDir = mkdtempSync(path.join(tmpdir(), 'stp-crash-bundle-'));
  writer = path.join(outDir, 'crash-writer.mjs');
  const bundle = await rolldown({
    input: path.join(__dirname, 'crash-writer.ts'),
    platform: 'node',
  });
  await bundle.write({ file: writer, format: 'esm' });
}, 60_000);

/** Starts the writer, kills it `delayMs` after it is ready, returns the acknowledged ids. */
function runAndKill(
  dir: string,
  delayMs: number,
): Promise<{ acked: string[]; lastRevision: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let lastRevision = 0;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        const match = /^ack (\d+) (\S+)$/.exec(line);
        if (match) {
          lastRevision = Number(match[1]);
          acked.push(match[2]!);
        }
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ acked, lastRevision })
        : reject(new Error(`writer exited: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it(`survives SIGKILL at ${KILLS} random moments: snapshot verifies, every acknowledged change is back`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-crash-'));
    mkdirSync(dir, { recursive: true });
    const random = createRandom(4242);
    const acknowledged = new Set<string>();
    let lastRevision = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const run = await runAndKill(dir, random.int(0, 25));
      run.acked.forEach((id) => acknowledged.add(id));
      lastRevision = Math.max(lastRevision, run.lastRevision);

      const snapshot = path.join(dir, 'workspace', 'snapshot.stsnap');
      if (existsSync(snapshot)) {
        expect(decodeWorkspaceFile(readFileSync(snapshot), 'snapshot').ok, `kill ${kill}`).toBe(
          true,
        );
      }
    }
    const service = await PersistenceService.open({
      dataDir: dir,
      appVersion: 'check',
      now: () => new Date(),
    });
    const status = service.status();
    expect(status.condition).toBe('ok');
    expect(status.revision).toBeGreaterThanOrEqual(lastRevision);
    const ids = new Set(service.load().tables.members.map((m) => m.id as string));
    const missing = [...acknowledged].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 300_000);
});

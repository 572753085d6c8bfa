import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';
import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';
import { decodeWorkspaceFile } from '../../../../../electron/services/persistence/workspace-file';
import { createRandom } from '@shared/demo/random';
import { tempDir } from '../../../../helpers/temp-dirs';

const PHASES = ['journal-append', 'snapshot-write', 'rename', 'journal-reset'] as const;
type Phase = (typeof PHASES)[number];
const KILLS_PER_PHASE = 40;
let writer = '';

beforeAll(async () => {
  // The child runs the real service code, bundled once to plain JavaScript.
  const outDir = tempDir('stp-crash-bundle-');
  writer = path.join(outDir, 'crash-writer.mjs');
  const bundle = await rolldown({
    input: path.join(__dirname, 'crash-writer.ts'),
    platform: 'node',
  });
  await bundle.write({ file: writer, format: 'esm' });
}, 180_000);

/**
 * Starts the writer and kills it when it announces the `nth` occurrence of `phase` (it holds
 * still there for a moment): kill moments follow the writer's own progress, not the clock.
 */
function runAndKill(
  dir: string,
  phase: Phase,
  nth: number,
): Promise<{ acked: string[]; lastRevision: number; killedIn: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let lastRevision = 0;
    let buffered = '';
    let stderr = '';
    let seen = 0;
    let killedIn: string | null = null;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (killedIn) return; // what it printed after the kill was sent is not counted
        if (line === `phase ${phase}` && (seen += 1) === nth) {
          killedIn = phase;
          child.kill('SIGKILL');
          return;
        }
        const match = /^ack (\d+) (\S+)$/.exec(line);
        if (match) {
          lastRevision = Number(match[1]);
          acked.push(match[2]!);
        }
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ acked, lastRevision, killedIn })
        : reject(new Error(`writer exited: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it(`survives SIGKILL in every phase (${KILLS_PER_PHASE} each): snapshot verifies, every acknowledged change is back`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-crash-'));
    mkdirSync(dir, { recursive: true });
    const random = createRandom(4242);
    const acknowledged = new Set<string>();
    const histogram = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
    let lastRevision = 0;
    let kill = 0;
    for (let round = 0; round < KILLS_PER_PHASE; round += 1) {
      for (const phase of PHASES) {
        const run = await runAndKill(dir, phase, random.int(1, 4));
        kill += 1;
        if (run.killedIn) histogram[run.killedIn as Phase] += 1;
        run.acked.forEach((id) => acknowledged.add(id));
        lastRevision = Math.max(lastRevision, run.lastRevision);

        const snapshot = path.join(dir, 'workspace', 'snapshot.stsnap');
        if (existsSync(snapshot)) {
          expect(decodeWorkspaceFile(readFileSync(snapshot), 'snapshot').ok, `kill ${kill}`).toBe(
            true,
          );
        }
      }
    }
    console.log(`crash test: kills by phase ${JSON.stringify(histogram)}`);
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
    for (const phase of PHASES) expect(histogram[phase], phase).toBeGreaterThanOrEqual(30);
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});

import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { writeWorkbookInThread } from '../../../../../electron/services/workbook/in-thread';

const sheet = { name: 'A', columns: [{ header: 'A', kind: 'text' as const, values: ['x'] }] };
const options = { language: 'de' as const, currency: 'EUR' as const };
/** A stand-in thread from source: what the real one receives, and how it may end. */
const thread = (source: string) => () =>
  writeWorkbookInThread((workerOptions) => new Worker(source, { ...workerOptions, eval: true }));

describe('the workbook writer in a thread of its own', () => {
  it('hands the sheet to the thread and gives back the bytes it answers', async () => {
    const write = thread(`
      const { parentPort, workerData } = require('node:worker_threads');
      const text = JSON.stringify(workerData);
      const bytes = new TextEncoder().encode(text).buffer;
      parentPort.postMessage(bytes, [bytes]);`)();
    const parts = await write(sheet, options);
    expect(JSON.parse(Buffer.concat(parts).toString('utf8'))).toEqual({ sheet, options });
  });

  it('fails the export when the thread fails, or ends without an answer', async () => {
    await expect(thread(`throw new Error('no memory left')`)()(sheet, options)).rejects.toThrow(
      'no memory left',
    );
    await expect(thread(`process.exit(3)`)()(sheet, options)).rejects.toThrow('exit code 3');
  });
});

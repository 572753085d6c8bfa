import { createHash } from 'node:crypto';
import { TABLE_NAMES, type Row, type TableName } from '@shared/persistence/tables';
import { headerFor, type EncodeOptions } from './workspace-file';

/** Rows serialised between two pauses: small enough that main answers IPC in between. */
const ROWS_PER_CHUNK = 2_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same bytes as `encodeWorkspaceFile`, produced a chunk of rows at a time with a pause
 * after each, hashing as it goes: a 250,000-account snapshot never holds main's event loop
 * (and with it every IPC answer) for seconds, and no single 100 MB string is built.
 */
export async function encodeWorkspaceChunks(
  rowsOf: (name: TableName) => Iterable<Row>,
  counts: Record<TableName, number>,
  options: EncodeOptions,
  pause: () => Promise<void> = nextTurn,
): Promise<Buffer[]> {
  const hash = createHash('sha256');
  const body: Buffer[] = [];
  let bodyBytes = 0;
  let text = '{';
  const flush = () => {
    const chunk = Buffer.from(text, 'utf8');
    hash.update(chunk);
    body.push(chunk);
    bodyBytes += chunk.length;
    text = '';
  };
  for (let t = 0; t < TABLE_NAMES.length; t += 1) {
    const name = TABLE_NAMES[t]!;
    text += `${t > 0 ? ',' : ''}${JSON.stringify(name)}:[`;
    let index = 0;
    for (const row of rowsOf(name)) {
      text += `${index > 0 ? ',' : ''}${JSON.stringify(row)}`;
      index += 1;
      if (index % ROWS_PER_CHUNK === 0) {
        flush();
        await pause();
      }
    }
    text += ']';
  }
  text += '}';
  flush();
  const header = headerFor(options, counts, bodyBytes, hash.digest('hex'));
  return [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...body];
}

import { z } from 'zod';
import {
  changeOpSchema,
  outboxCursorSchema,
  type ChangeOp,
  type OutboxCursor,
} from '@shared/persistence/tables';
import type { FileSystem } from './file-system';

export interface JournalEntry {
  revision: number;
  at: string;
  ops: ChangeOp[];
  /** How far the renderer's outbox is on disk with this entry (absent for other writers). */
  cursor?: OutboxCursor;
}

/** What a journal line must be before replay trusts it: the IPC contract's own schemas. */
const entrySchema = z.object({
  revision: z.number().int().positive(),
  at: z.string(),
  ops: z.array(changeOpSchema),
  cursor: outboxCursorSchema.optional(),
});

/** Appends one entry as a line and returns only once it is on disk (fsync). */
export async function appendJournalEntry(
  fs: FileSystem,
  file: string,
  entry: JournalEntry,
): Promise<number> {
  const line = `${JSON.stringify(entry)}\n`;
  const handle = await fs.open(file, 'a');
  try {
    await handle.writeFile(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return Buffer.byteLength(line);
}

export interface ParsedJournal {
  entries: JournalEntry[];
  /** The last line was cut short (a crash mid-append): never acknowledged, safely ignored. */
  tornTail: boolean;
  /** Lines (1-based) that are not valid entries or break the order; replay passes over them. */
  damagedLines: number[];
}

/**
 * Reads every complete line. A damaged line (bit rot, a foreign write, an entry this app
 * cannot read) is passed over and reported, so one bad line does not cost every later change.
 */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  const tail = lines.pop()!;
  const entries: JournalEntry[] = [];
  const damagedLines: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const entry = parseEntry(lines[i]!);
    if (!entry || (entries.length > 0 && entry.revision <= entries.at(-1)!.revision)) {
      damagedLines.push(i + 1);
      continue;
    }
    entries.push(entry);
  }
  return { entries, tornTail: tail.length > 0, damagedLines };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(line));
    return parsed.success ? (parsed.data as JournalEntry) : null;
  } catch {
    return null;
  }
}

import type { ChangeOp } from '../../../shared/persistence/tables';
import type { FileSystem } from './file-system';

export interface JournalEntry {
  revision: number;
  at: string;
  ops: ChangeOp[];
}

/** Appends one entry as a line and returns only once it is on disk (fsync). */
export async function appendJournalEntry(
  fs: FileSystem,
  file: string,
  entry: JournalEntry,
): Promise<void> {
  const handle = await fs.open(file, 'a');
  try {
    await handle.writeFile(`${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface ParsedJournal {
  entries: JournalEntry[];
  /** The last line was cut short (a crash mid-append): never acknowledged, safely ignored. */
  tornTail: boolean;
  /** A damaged line before the end: replay stops there. */
  damagedAtLine: number | null;
}

export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  const complete = text.endsWith('\n') || text === '' ? lines.slice(0, -1) : lines.slice(0, -1);
  const tail = text.endsWith('\n') || text === '' ? null : lines.at(-1)!;
  const entries: JournalEntry[] = [];
  for (let i = 0; i < complete.length; i += 1) {
    const entry = parseEntry(complete[i]!);
    if (!entry || (entries.length > 0 && entry.revision !== entries.at(-1)!.revision + 1)) {
      return { entries, tornTail: false, damagedAtLine: i + 1 };
    }
    entries.push(entry);
  }
  return { entries, tornTail: tail !== null && tail.length > 0, damagedAtLine: null };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value = JSON.parse(line) as JournalEntry;
    return Number.isInteger(value.revision) && Array.isArray(value.ops) ? value : null;
  } catch {
    return null;
  }
}

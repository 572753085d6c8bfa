/**
 * Splits CSV text into records, knowing where each one starts in the file. Written here rather
 * than taken from papaparse because the importer must (a) end a record at CR, LF or CRLF alike
 * outside quotes — papaparse picks one line ending per file and merges rows of a file that mixes
 * them —, (b) give every row the physical line a text editor shows, and (c) refuse a quote that
 * swallows the rows after it instead of reading them into one cell without a word.
 */

/** More columns than any real export has; a 1 MB line of separators is not a table. */
export const MAX_COLUMNS = 1000;
/** Longest record (in characters) before the file is refused as not a table. */
export const MAX_RECORD_CHARS = 1 << 20;
/** Notes kept with their line; a file needing more is one problem repeated. */
export const MAX_NOTES = 500;

/** Why a file cannot be read as a table; `line` is where the trouble starts. */
export type ReadProblem =
  | { kind: 'open-quote'; line: number }
  | { kind: 'stray-quote'; line: number; closedAt: number }
  | { kind: 'too-many-columns'; line: number; columns: number }
  | { kind: 'line-too-long'; line: number };

/** What reading changed in a cell or line (told to the user, never silent). */
export type ReadNote =
  { kind: 'control-characters'; line: number } | { kind: 'separator-line'; line: number };

export interface RecordOptions {
  /** Quotes as ordinary characters ("read with quotes off", for a file with stray quotes). */
  quotesOff?: boolean;
  /** Called with whole records as they are read, with the line each starts on. */
  onRecords?: (records: string[][], lines: number[]) => void;
  /** Records per `onRecords` call. */
  chunkRecords?: number;
  onProgress?: (fraction: number) => void;
  shouldStop?: () => boolean;
  /** Stop after this many records (the header included). */
  limit?: number;
}

export interface ReadRecords {
  records: string[][];
  lines: number[];
  problem: ReadProblem | null;
  notes: ReadNote[];
  /** The separator an Excel `sep=;` first line names (that line is not a record). */
  declaredSeparator: string | null;
  stopped: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
// Control characters other than tab, CR and LF, which no cell of a real table holds.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
export const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Line breaks (CR, LF or CRLF, each one break) in text[from, to). */
function breaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return count;
}

function looksLikeRows(cell: string, separator: string, columns: number): boolean {
  if (columns < 3) return false;
  return cell.split(/\r\n|\r|\n/).some((part) => part.split(separator).length >= columns);
}

export function readRecords(
  text: string,
  separator: string,
  options: RecordOptions = {},
): ReadRecords {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const lines: number[] = [];
  const notes: ReadNote[] = [];
  let problem: ReadProblem | null = null;
  let declaredSeparator: string | null = null;
  let stopped = false;
  let i = 0;
  let line = 1;
  const declared = /^sep=(.)(\r\n|\r|\n)/i.exec(text.slice(0, 8));
  if (declared) {
    declaredSeparator = declared[1]!;
    notes.push({ kind: 'separator-line', line: 1 });
    i = declared[0].length;
    line = 2;
  }
  const chunk = options.chunkRecords ?? 5000;
  let pending: string[][] = [];
  let pendingLines: number[] = [];
  const flush = () => {
    if (!pending.length) return;
    options.onRecords?.(pending, pendingLines);
    pending = [];
    pendingLines = [];
  };
  let total = 0;
  let nextProgress = 0;

  // The header's width, also while the header itself is being read or handed on in chunks.
  let headerWidth = 0;
  const width = () => headerWidth;

  outer: while (i < n) {
    const startLine = line;
    const startIndex = i;
    const fields: string[] = [];
    let cleaned = false;
    for (;;) {
      let value: string;
      if (!options.quotesOff && text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let from = i + 1;
        let cell = '';
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            problem = { kind: 'open-quote', line: openLine };
            break outer;
          }
          line += breaksIn(text, from, close);
          cell += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            cell += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        const after = text.charCodeAt(i);
        // A closing quote must end the cell. Text after it means the quote that "closed" here
        // opened a later cell: the quote on `openLine` swallowed the rows in between.
        if (i < n && after !== sep && after !== CR && after !== LF) {
          problem = { kind: 'stray-quote', line: openLine, closedAt: line };
          break outer;
        }
        // A cell over several lines with a whole row's worth of separators on one of them is
        // rows read as one cell (a note with a line break is fine).
        if (line > openLine && looksLikeRows(cell, separator, width())) {
          problem = { kind: 'stray-quote', line: openLine, closedAt: line };
          break outer;
        }
        value = cell;
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === sep || c === CR || c === LF) break;
          end++;
        }
        value = text.slice(i, end);
        i = end;
      }
      if (CONTROL.test(value)) {
        value = value.replace(CONTROLS, '');
        cleaned = true;
      }
      fields.push(value);
      if (fields.length > MAX_COLUMNS) {
        problem = { kind: 'too-many-columns', line: startLine, columns: fields.length };
        break outer;
      }
      if (i - startIndex > MAX_RECORD_CHARS) {
        problem = { kind: 'line-too-long', line: startLine };
        break outer;
      }
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      if (i <= n) line++;
      break;
    }
    // Named line by line up to a limit (a file of NULs has one on every line).
    if (cleaned && notes.length < MAX_NOTES)
      notes.push({ kind: 'control-characters', line: startLine });
    // Blank lines (and lines of empty cells, as spreadsheets write them) are not records.
    if (fields.every((f) => f.trim() === '')) continue;
    if (!headerWidth) headerWidth = fields.length;
    total++;
    if (options.onRecords) {
      pending.push(fields);
      pendingLines.push(startLine);
      if (pending.length >= chunk) flush();
    } else {
      records.push(fields);
      lines.push(startLine);
    }
    if (options.limit && total >= options.limit) break;
    if (i >= nextProgress) {
      options.onProgress?.(i / Math.max(1, n));
      nextProgress = i + (1 << 20);
      if (options.shouldStop?.()) {
        stopped = true;
        break;
      }
    }
  }
  flush();
  if (!stopped && !problem) options.onProgress?.(1);
  return { records, lines, problem, notes, declaredSeparator, stopped };
}

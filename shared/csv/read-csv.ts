import Papa from 'papaparse';
import { readRecords, type ReadNote, type ReadProblem } from './csv-records';

export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * The encoding of a file's bytes: a byte-order mark decides (UTF-8, Excel's "Unicode text"
 * UTF-16 LE/BE); without one, bytes that are not valid UTF-8 are older German Excel's
 * Windows-1252. Looks at the first `limit` bytes only.
 */
export function detectEncoding(bytes: Uint8Array, limit = 1 << 20): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let head = bytes.subarray(0, limit);
  // Do not judge a character cut in half at the limit.
  if (head.length < bytes.length) {
    let end = head.length;
    while (end > 0 && end > head.length - 4 && (head[end - 1]! & 0xc0) === 0x80) end -= 1;
    if (end > 0 && head[end - 1]! >= 0xc0) end -= 1;
    head = head.subarray(0, end);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: judged below.
  }
  const text = new TextDecoder('utf-8').decode(head);
  // Invalid bytes among valid UTF-8 umlauts: a damaged UTF-8 file, not Windows-1252. Reading it
  // as UTF-8 lets the check name the bad line instead of turning every umlaut into mojibake.
  for (const char of text) if (char > '\u007f' && char !== '\ufffd') return 'utf-8';
  return 'windows-1252';
}

/** Windows-1252 leaves these bytes undefined: text holding them is not Windows-1252. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The line (1-based) of the first bytes that are not valid in `encoding`, or null when the
 * whole file is. Checked over the whole file, not a head: a late umlaut must not become "�".
 */
export function firstInvalidLine(bytes: Uint8Array, encoding: CsvEncoding): number | null {
  if (encoding === 'windows-1252') {
    const at = bytes.findIndex((b) => CP1252_UNDEFINED.has(b));
    return at < 0 ? null : linesBefore(decodeWindows1252(bytes.subarray(0, at))) + 1;
  }
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return null;
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    return linesBefore(text.slice(0, Math.max(0, text.indexOf('\ufffd')))) + 1;
  }
}

function linesBefore(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Windows-1252's 0x80–0x9F (€, „, “, ‚, …); the rest of the byte range is Latin-1. */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  // Node's TextDecoder treats "windows-1252" as ISO-8859-1 (0x80 is not €): decode here.
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let text = '';
    for (const byte of chunk)
      text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    parts.push(text);
  }
  return parts.join('');
}

/** The bytes as text (a byte-order mark is dropped). Invalid sequences become U+FFFD. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  return encoding === 'windows-1252'
    ? decodeWindows1252(bytes)
    : new TextDecoder(encoding).decode(bytes);
}

/**
 * The separator whose split gives the same number (> 1) of fields on the most sample lines,
 * counted outside quotes; ";" wins ties (German Excel), then ",", then tab.
 */
export function detectSeparator(text: string): CsvSeparator {
  // Excel's first line "sep=;" says it outright.
  const declared = /^sep=(.)/i.exec(text)?.[1];
  if (declared && (CSV_SEPARATORS as readonly string[]).includes(declared))
    return declared as CsvSeparator;
  const sample = text.slice(0, 64 * 1024);
  let best: { separator: CsvSeparator; score: number } = { separator: ';', score: -1 };
  for (const separator of CSV_SEPARATORS) {
    const { data } = Papa.parse<string[]>(sample, {
      delimiter: separator,
      preview: 30,
      skipEmptyLines: true,
    });
    const rows = data.length > 1 && sample.length === text.length ? data : data.slice(0, -1);
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const score = rows.filter((r) => r.length === width).length * 1000 + width;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

/**
 * How the file writes numbers, judged from its values ("1.234,56" and "12,5" are German,
 * "1,234.56" and "12.5" English); the separator decides only when the values do not.
 */
export function detectNumberStyle(rows: readonly string[][], separator: CsvSeparator): 'de' | 'en' {
  const { german, english } = numberStyleVotes(rows.flat());
  if (german !== english) return german > english ? 'de' : 'en';
  return separator === ';' ? 'de' : 'en';
}

/** How many values read as German numbers ("1.234,50") and how many as English ("1,234.50"). */
export function numberStyleVotes(values: Iterable<string>): { german: number; english: number } {
  let german = 0;
  let english = 0;
  for (const cell of values) {
    const value = cell
      .trim()
      .replace(/^[-+]/, '')
      .replace(/\s?(€|EUR)$/, '');
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+,\d{1,2}$/.test(value)) german++;
    else if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d{1,2}$/.test(value)) english++;
  }
  return { german, english };
}

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

export interface ReadCsv extends ParsedCsv {
  /** The line in the file where each data row starts (as an editor numbers them). */
  lines: number[];
  headerLine: number;
  /** Why the file cannot be read as a table (nothing may be imported then). */
  problem: ReadProblem | null;
  /** What reading changed, line by line (told to the user). */
  notes: ReadNote[];
  declaredSeparator: string | null;
  stopped: boolean;
}

/**
 * Parses CSV text with a known separator (never guessed here: detection is a separate, visible
 * step the user can overrule). Reports progress as a fraction; `shouldStop` cancels.
 */
export function parseCsv(
  text: string,
  separator: CsvSeparator,
  options: {
    onProgress?: (fraction: number) => void;
    shouldStop?: () => boolean;
    previewRows?: number;
    quotesOff?: boolean;
    /** Takes each chunk's data rows instead of collecting them (the result's rows stay empty). */
    onRows?: (rows: string[][], lines: number[]) => void;
  } = {},
): ReadCsv {
  let header: string[] | undefined;
  let headerLine = 1;
  const onRows = options.onRows;
  const read = readRecords(text, separator, {
    quotesOff: options.quotesOff,
    onProgress: options.onProgress,
    shouldStop: options.shouldStop,
    limit: options.previewRows ? options.previewRows + 1 : undefined,
    onRecords: onRows
      ? (records, lines) => {
          if (!header) {
            header = records[0] ?? [];
            headerLine = lines[0] ?? 1;
            records = records.slice(1);
            lines = lines.slice(1);
          }
          if (records.length) onRows(records, lines);
        }
      : undefined,
  });
  const { problem, notes, declaredSeparator, stopped } = read;
  if (!onRows) {
    const [first = [], ...rows] = read.records;
    const [firstLine = 1, ...lines] = read.lines;
    return {
      header: first.map((h) => h.trim()),
      rows,
      lines,
      headerLine: firstLine,
      problem,
      notes,
      declaredSeparator,
      stopped,
    };
  }
  return {
    header: (header ?? []).map((h) => h.trim()),
    rows: [],
    lines: [],
    headerLine,
    problem,
    notes,
    declaredSeparator,
    stopped,
  };
}

import Papa from 'papaparse';

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
    return 'windows-1252';
  }
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

export interface ParsedCsv {
  header: string[];
  rows: string[][];
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
    /** Takes each chunk's data rows instead of collecting them (the result's rows stay empty). */
    onRows?: (rows: string[][]) => void;
  } = {},
): ParsedCsv & { stopped: boolean } {
  const rows: string[][] = [];
  let header: string[] | undefined;
  let stopped = false;
  // Papaparse parses a string chunk by chunk, synchronously; its types only admit `chunk` for
  // files, hence the cast.
  const config = {
    delimiter: separator,
    quoteChar: '"',
    skipEmptyLines: 'greedy',
    preview: options.previewRows ? options.previewRows + 1 : 0,
    chunkSize: 1 << 20,
    chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      if (options.onRows) {
        const data = header ? result.data : result.data.slice(1);
        header ??= result.data[0] ?? [];
        if (data.length) options.onRows(data);
      } else for (const row of result.data) rows.push(row);
      options.onProgress?.(Math.min(1, result.meta.cursor / Math.max(1, text.length)));
      if (options.shouldStop?.()) {
        stopped = true;
        parser.abort();
      }
    },
  };
  Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
  if (options.onRows) return { header: (header ?? []).map((h) => h.trim()), rows: [], stopped };
  const [first = [], ...body] = rows;
  return { header: first.map((h) => h.trim()), rows: body, stopped };
}

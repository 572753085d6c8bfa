import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** LibreOffice from Debian's packages (CI installs it), or null where it is not installed. */
export function findSoffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

export interface SheetCell {
  type: string;
  /** The number LibreOffice stored, for numeric cells. */
  value: number | null;
  text: string;
  /** An ISO date, for date cells. */
  date: string | null;
  /** The formula, for a cell Calc would calculate. */
  formula: string | null;
  style: string | null;
}

const decode = (xml: string) =>
  xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) =>
      ' '.repeat(Number(n ?? 1)),
    )
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Opens a file in headless LibreOffice Calc (with an import filter for CSV) and returns its
 * flat-XML save, as Calc understood the file.
 */
export function convertInCalc(
  soffice: string,
  bytes: Buffer,
  fileName: string,
  filter?: string,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stp-calc-'));
  try {
    const file = path.join(dir, fileName);
    writeFileSync(file, bytes);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        ...(filter ? [`--infilter=${filter}`] : []),
        '--convert-to',
        'fods',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(path.join(dir, fileName.replace(/\.[^.]+$/, '.fods')), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/**
 * Opens a CSV in headless LibreOffice Calc with an import filter (separator, charset, language)
 * and returns the sheet's cells as Calc typed them, read from its flat-XML save.
 */
export function openInCalc(soffice: string, csv: Buffer, filter: string): SheetCell[][] {
  return cellsOf(convertInCalc(soffice, csv, 'export.csv', filter));
}

/** The first sheet's cells from a flat-XML spreadsheet (trailing empty cells and rows cut). */
export function cellsOf(xml: string): SheetCell[][] {
  const table = xml.slice(xml.indexOf('<table:table '), xml.indexOf('</table:table>'));
  return table
    .split('<table:table-row')
    .slice(1)
    .map((row) =>
      row
        .split(/<table:table-cell|<table:covered-table-cell/)
        .slice(1)
        .flatMap((cell) => {
          const head = cell.slice(0, cell.indexOf('>'));
          const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(head)?.[1] ?? 1);
          const type = /office:value-type="([^"]+)"/.exec(head)?.[1] ?? 'empty';
          const value = /office:value="([^"]+)"/.exec(head)?.[1];
          const date = /office:date-value="([^"]+)"/.exec(head)?.[1] ?? null;
          const formula = /table:formula="([^"]+)"/.exec(head)?.[1] ?? null;
          const style = /table:style-name="([^"]+)"/.exec(head)?.[1] ?? null;
          const paragraphs = [...cell.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((m) =>
            decode(m[1]!),
          );
          const entry = {
            type,
            value: value === undefined ? null : Number(value),
            text: paragraphs.join('\n'),
            date,
            formula,
            style,
          };
          return Array.from({ length: Math.min(repeat, 64) }, () => entry);
        }),
    )
    .map((cells) => {
      while (cells.length && cells.at(-1)!.type === 'empty') cells.pop();
      return cells;
    })
    .filter((cells) => cells.length > 0);
}

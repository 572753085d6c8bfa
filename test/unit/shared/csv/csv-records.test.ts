import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, MAX_NOTES, readRecords } from '@shared/csv/csv-records';

const read = (text: string, separator = ';', quotesOff = false) =>
  readRecords(text, separator, { quotesOff });

describe('readRecords', () => {
  it('ends a record at CR, LF or CRLF alike, outside quotes (a mixed file keeps its rows)', () => {
    const { records, lines, problem } = read('a;b\r\n1;2\n3;4\r5;6\r\n');
    expect(problem).toBeNull();
    expect(records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(lines).toEqual([1, 2, 3, 4]);
  });

  it('numbers rows by the physical line they start on (blank lines, breaks inside cells)', () => {
    const text = 'a;b\n\n1;"Hinterhaus\r\nEingang B"\n;\n2;x\n';
    const { records, lines, problem } = read(text);
    expect(problem).toBeNull();
    expect(records).toEqual([
      ['a', 'b'],
      ['1', 'Hinterhaus\r\nEingang B'],
      ['2', 'x'],
    ]);
    expect(lines).toEqual([1, 3, 6]);
  });

  it('refuses a quote that never closes, naming the line where it opens', () => {
    expect(read('a;b\n1;2\n"3;4\n5;6\n').problem).toEqual({ kind: 'open-quote', line: 3 });
  });

  it('refuses a quote that swallows the rows after it, though a later quote "closes" it', () => {
    const text = 'Nr;Name;Ort\nN-1;"Müller;Köln\nN-2;Schmidt;Bonn\nN-3;"Weiß";Kiel\n';
    expect(read(text).problem).toEqual({ kind: 'stray-quote', line: 2, closedAt: 4 });
    // Closing right before a separator: the swallowed line still looks like a whole row.
    const quiet = 'Nr;Name;Ort\nN-1;"Müller;Köln\nN-2;Schmidt;Bonn\n";x;y\n';
    expect(read(quiet).problem).toMatchObject({ kind: 'stray-quote', line: 2 });
  });

  it('reads quotes as text when asked to (a file with stray quotes)', () => {
    const { records, problem } = read('a;b\n5" Rohr;"x\n', ';', true);
    expect(problem).toBeNull();
    expect(records[1]).toEqual(['5" Rohr', '"x']);
  });

  it('refuses more than MAX_COLUMNS columns and a record beyond the length cap', () => {
    expect(read(`a;b\n${';'.repeat(MAX_COLUMNS + 5)}\n`).problem).toMatchObject({
      kind: 'too-many-columns',
      line: 2,
    });
    expect(read(`a;b\n${'x'.repeat(1_100_000)};1\n`).problem).toEqual({
      kind: 'line-too-long',
      line: 2,
    });
  });

  it('honours and skips an Excel "sep=" first line', () => {
    const { records, lines, declaredSeparator, notes } = read('sep=,\r\na,b\r\n1,2\r\n', ',');
    expect(declaredSeparator).toBe(',');
    expect(records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(lines).toEqual([2, 3]);
    expect(notes).toEqual([{ kind: 'separator-line', line: 1 }]);
  });

  it('removes NUL and other control characters and says on which line', () => {
    const { records, notes } = read('a;b\nMül\u0000ler;1\u0007\n');
    expect(records[1]).toEqual(['Müller', '1']);
    expect(notes).toEqual([{ kind: 'control-characters', line: 2 }]);
  });

  it('names control characters by line up to MAX_NOTES, and judges rows by the real header', () => {
    const nuls = `a;b\n${'x\u0000;1\n'.repeat(MAX_NOTES + 100)}`;
    expect(read(nuls).notes).toHaveLength(MAX_NOTES);
    // A blank first line is not the header: a swallowed row is still seen for what it is.
    const text = '\nNr;Name;Ort\nN-1;"Müller;Köln\nN-2;Schmidt;Bonn\n";x;y\n';
    expect(read(text).problem).toMatchObject({ kind: 'stray-quote', line: 3 });
  });

  it('hands records over in chunks with their lines', () => {
    const chunks: Array<[number, number[]]> = [];
    readRecords('a;b\n1;2\n3;4\n\n5;6\n', ';', {
      chunkRecords: 2,
      onRecords: (records, lines) => chunks.push([records.length, lines]),
    });
    expect(chunks).toEqual([
      [2, [1, 2]],
      [2, [3, 5]],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { MemberAllocation } from '@shared/planning/allocate';
import type { PlanTarget } from '@shared/domain/plan';
import {
  cellClipboardText,
  columnsFor,
  editFor,
  totalOfColumn,
  type GridColumn,
  type GridRow,
} from '@renderer/features/plans/grid-model';
import { pasteEdits as pasteCells } from '@renderer/components/sheet/sheet-model';

const row = (memberId: string, editable = true): GridRow => ({
  name: memberId,
  editable,
  rampCents: 0,
  target: { memberId, newBusinessPct: 30 } as PlanTarget,
  allocation: {
    memberId,
    monthlyCents: Array(12).fill(100_050),
    annualCents: 1_200_600,
    newBusinessCents: 360_180,
    existingBusinessCents: 840_420,
  } as MemberAllocation,
});

const pasteEdits = (
  rows: GridRow[],
  columns: GridColumn[],
  at: { row: number; col: number },
  cells: string[][],
  language: 'de' | 'en',
) =>
  pasteCells(rows, columns, at, cells, {
    parse: (r: GridRow, c: GridColumn, text: string) => editFor(r, c, text, language),
    totalOf: totalOfColumn,
  });

describe('plan grid cells', () => {
  it('says why a value is refused: too large (over the one bound), negative, or not a percentage', () => {
    const [january] = columnsFor('months');
    const newPct = columnsFor('months').find((c) => c.kind === 'newPct')!;
    expect(editFor(row('a'), january!, '90.000.000.000.000,00', 'de')).toMatchObject({
      ok: false,
      problem: 'too-large',
    });
    expect(editFor(row('a'), january!, '-1', 'de')).toMatchObject({
      ok: false,
      problem: 'negative',
    });
    expect(editFor(row('a'), newPct, '150', 'de')).toMatchObject({ ok: false, problem: 'percent' });
  });
});

describe('plan grid clipboard', () => {
  const months = columnsFor('months');

  it('pastes a block of German or English amounts as month edits, from the active cell', () => {
    const rows = [row('a'), row('b')];
    expect(pasteEdits(rows, months, { row: 0, col: 10 }, [['1.234,50', '99']], 'de')).toEqual({
      kind: 'edits',
      edits: [
        { kind: 'month', memberId: 'a', month: 10, cents: 123_450 },
        { kind: 'month', memberId: 'a', month: 11, cents: 9_900 },
      ],
      summary: { pasted: 2, blank: 0, totals: 0, locked: 0 },
    });
    const english = pasteEdits(rows, months, { row: 0, col: 0 }, [['1,234.50'], ['7']], 'en');
    expect(english).toMatchObject({
      kind: 'edits',
      edits: [{ cents: 123_450 }, { memberId: 'b', cents: 700 }],
    });
  });

  it('refuses the whole paste when one cell is not an amount, naming it', () => {
    expect(pasteEdits([row('a')], months, { row: 0, col: 0 }, [['10', 'abc']], 'de')).toEqual({
      kind: 'invalid',
      text: 'abc',
      problem: 'not-amount',
    });
  });

  it('leaves out locked rows and computed columns, and says how many', () => {
    const rows = [row('a', false), row('b')];
    const year = months.findIndex((c) => c.kind === 'year');
    const result = pasteEdits(
      rows,
      months,
      { row: 0, col: year },
      [
        ['1', '50', '9', '9'],
        ['2', '40'],
      ],
      'de',
    );
    expect(result).toEqual({
      kind: 'edits',
      edits: [
        { kind: 'year', memberId: 'b', cents: 200 },
        { kind: 'newPct', memberId: 'b', pct: 40 },
      ],
      summary: { pasted: 2, blank: 0, totals: 0, locked: 4 },
    });
  });

  it('pastes twelve months with their year as the months: the year is not spread again', () => {
    const line = [...Array(12).fill('1.000'), '12.000'];
    const result = pasteEdits([row('a')], months, { row: 0, col: 0 }, [line], 'de');
    expect(result.kind === 'edits' && result.edits.every((e) => e.kind === 'month')).toBe(true);
    expect(result).toMatchObject({ summary: { pasted: 12, totals: 1 } });
  });

  it('keeps cells the block leaves empty, and takes Excel’s dash and German thousands in English', () => {
    const result = pasteEdits(
      [row('a')],
      months,
      { row: 0, col: 0 },
      [['5', '', '-', '8.000']],
      'en',
    );
    expect(result).toEqual({
      kind: 'edits',
      edits: [
        { kind: 'month', memberId: 'a', month: 0, cents: 500 },
        { kind: 'month', memberId: 'a', month: 2, cents: 0 },
        { kind: 'month', memberId: 'a', month: 3, cents: 800_000 },
      ],
      summary: { pasted: 3, blank: 1, totals: 0, locked: 0 },
    });
  });

  it('refuses a block larger than the room from the chosen cell: nothing is cut or pasted', () => {
    const block = Array.from({ length: 600 }, () => Array<string>(12).fill('1'));
    const rows = Array.from({ length: 12 }, (_, i) => row(`m${i}`));
    expect(pasteEdits(rows, months, { row: 0, col: 0 }, block, 'de')).toEqual({
      kind: 'too-big',
      rows: 600,
      columns: 12,
      roomRows: 12,
      roomColumns: months.length,
    });
    expect(
      pasteEdits(rows, months, { row: 0, col: months.length - 2 }, [['1', '2', '3']], 'de'),
    ).toMatchObject({ kind: 'too-big', roomColumns: 2 });
  });

  it('copies cells as the spreadsheet of that language reads them', () => {
    expect(cellClipboardText(row('a'), months[0]!, 'de')).toBe('1000,50');
    expect(cellClipboardText(row('a'), months[0]!, 'en')).toBe('1000.50');
    expect(cellClipboardText(row('a'), columnsFor('quarters')[0]!, 'en')).toBe('3001.50');
  });
});

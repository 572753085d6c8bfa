import { describe, expect, it } from 'vitest';
import type { MemberAllocation } from '../../../../../shared/planning/allocate';
import type { PlanTarget } from '../../../../../shared/domain/plan';
import {
  cellClipboardText,
  columnsFor,
  editFor,
  type GridColumn,
  type GridRow,
} from '../../../../../renderer/features/plans/grid-model';
import { pasteEdits as pasteCells } from '../../../../../renderer/components/sheet/sheet-model';

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
) => pasteCells(rows, columns, at, cells, (r, c, text) => editFor(r, c, text, language));

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
      ok: true,
      edits: [
        { kind: 'month', memberId: 'a', month: 10, cents: 123_450 },
        { kind: 'month', memberId: 'a', month: 11, cents: 9_900 },
      ],
    });
    const english = pasteEdits(rows, months, { row: 0, col: 0 }, [['1,234.50'], ['7']], 'en');
    expect(english).toMatchObject({
      ok: true,
      edits: [{ cents: 123_450 }, { memberId: 'b', cents: 700 }],
    });
  });

  it('refuses the whole paste when one cell is not an amount, naming it', () => {
    expect(pasteEdits([row('a')], months, { row: 0, col: 0 }, [['10', 'abc']], 'de')).toEqual({
      ok: false,
      text: 'abc',
      problem: 'not-amount',
    });
  });

  it('skips locked rows, read-only columns and cells past the edge', () => {
    const rows = [row('a', false), row('b')];
    const year = months.findIndex((c) => c.kind === 'year');
    const result = pasteEdits(
      rows,
      months,
      { row: 0, col: year },
      [
        ['1', '50', '9', '9', '9'],
        ['2', '40'],
      ],
      'de',
    );
    expect(result).toEqual({
      ok: true,
      edits: [
        { kind: 'year', memberId: 'b', cents: 200 },
        { kind: 'newPct', memberId: 'b', pct: 40 },
      ],
    });
  });

  it('copies cells as the spreadsheet of that language reads them', () => {
    expect(cellClipboardText(row('a'), months[0]!, 'de')).toBe('1000,50');
    expect(cellClipboardText(row('a'), months[0]!, 'en')).toBe('1000.50');
    expect(cellClipboardText(row('a'), columnsFor('quarters')[0]!, 'en')).toBe('3001.50');
  });
});

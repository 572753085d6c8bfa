import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_DIALECTS, DIALECTS } from '@shared/csv/dialect';
import { ACTUAL_FIELDS, convertActuals } from '@shared/csv/import/actual-import';
import { autoMap } from '@shared/csv/import/column-mapping';
import { parseCsv } from '@shared/csv/read-csv';
import { createTranslator } from '@shared/i18n/translate';
import { fiscalMonths } from '@shared/planning/fiscal-year';
import { memberYears } from '@shared/performance/variance';
import { db } from '@renderer/db/db';
import {
  mayEnterActuals,
  parseActual,
  type ActualsRow,
} from '@renderer/features/performance/actuals-model';
import { changeActualsCommand } from '@renderer/features/performance/actuals-repository';
import { applied, as, redoLast, undoLast } from '../../commands/acting';
import { actualsExport } from '@renderer/features/performance/export-actuals';
import { person } from '../../fresh-db';

const senior = person('s', 'senior');
const junior = person('j', 'junior', 's');
const other = person('o', 'senior');
const months = fiscalMonths(2026, 1);

describe('who enters actuals', () => {
  it('the lead for everyone, a Senior for self and own Juniors, a Junior for self only', () => {
    expect(mayEnterActuals(junior, null)).toBe(true);
    expect(mayEnterActuals(junior, senior)).toBe(true);
    expect(mayEnterActuals(junior, other)).toBe(false);
    expect(mayEnterActuals(senior, junior)).toBe(false);
    expect(mayEnterActuals(junior, junior)).toBe(true);
  });
});

describe('typing an actual', () => {
  const row: ActualsRow = {
    member: junior,
    year: memberYears(['j'], new Map(), [], months)[0]!,
    editable: true,
  };
  it('reads amounts in the UI language, empty as zero, and refuses negatives and text', () => {
    const month = { kind: 'month' as const, index: 2 };
    expect(parseActual(row, month, '1.234,5', 'existing', months, 'de')).toEqual({
      ok: true,
      edit: { memberId: 'j', month: '2026-03', kind: 'existing', cents: 123_450 },
    });
    expect(parseActual(row, month, '', 'new', months, 'en')).toMatchObject({ edit: { cents: 0 } });
    expect(parseActual(row, month, '-5', 'new', months, 'en')).toEqual({
      ok: false,
      text: '-5',
      problem: 'negative',
    });
    expect(parseActual(row, month, 'abc', 'new', months, 'en')).toEqual({
      ok: false,
      text: 'abc',
      problem: 'not-amount',
    });
    expect(parseActual(row, { kind: 'year' }, '5', 'new', months, 'en')).toEqual({
      ok: true,
      edit: null,
    });
    expect(parseActual({ ...row, editable: false }, month, '5', 'new', months, 'en')).toEqual({
      ok: true,
      edit: null,
    });
  });
});

describe('actuals repository', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    await db.open();
    await db.members.bulkPut([
      person('s', 'senior'),
      person('j', 'junior', 's'),
      person('o', 'junior', 's'),
    ]);
  });

  it('sets one kind and keeps the other; undo restores changed rows and removes added ones', async () => {
    await db.actuals.put({
      memberId: 'j',
      month: '2026-01',
      newBusinessCents: 100,
      existingBusinessCents: 200,
    });
    applied(
      await as(
        'j',
        changeActualsCommand([
          { memberId: 'j', month: '2026-01', kind: 'new', cents: 555 },
          { memberId: 'j', month: '2026-02', kind: 'existing', cents: 777 },
        ]),
      ),
    );
    expect(await db.actuals.get(['j', '2026-01'])).toMatchObject({
      newBusinessCents: 555,
      existingBusinessCents: 200,
    });
    expect(await db.actuals.get(['j', '2026-02'])).toMatchObject({
      newBusinessCents: 0,
      existingBusinessCents: 777,
    });
    await undoLast();
    expect(await db.actuals.get(['j', '2026-01'])).toMatchObject({ newBusinessCents: 100 });
    expect(await db.actuals.get(['j', '2026-02'])).toBeUndefined();
    await redoLast();
    expect(await db.actuals.count()).toBe(2);
  });

  it('a Junior enters only their own actuals; their Senior enters theirs too', async () => {
    const edit = [{ memberId: 'o', month: '2026-01', kind: 'new' as const, cents: 1 }];
    expect(await as('j', changeActualsCommand(edit))).toEqual({
      kind: 'refused',
      reason: 'policy.refused.othersActuals',
    });
    expect(await db.actuals.count()).toBe(0);
    expect((await as('s', changeActualsCommand(edit))).kind).toBe('applied');
  });
});

describe('actuals export', () => {
  it('is read back by the actuals import to the same cents, in every dialect and language', () => {
    const actuals = [
      { memberId: 'j', month: '2026-01', newBusinessCents: 123_456, existingBusinessCents: 1 },
      { memberId: 's', month: '2026-12', newBusinessCents: 0, existingBusinessCents: 99_999_999 },
    ];
    const years = memberYears(['j', 's'], new Map(), actuals, months);
    const name = (id: string) => (id === 'j' ? junior.name : senior.name);
    for (const language of ['de', 'en'] as const) {
      for (const dialect of CSV_DIALECTS) {
        const csv = actualsExport(years, months, name, createTranslator(language)).csv(dialect);
        const spec = DIALECTS[dialect];
        const parsed = parseCsv(csv.replace(/^\ufeff/, ''), spec.separator);
        const mapping = autoMap(parsed.header, ACTUAL_FIELDS);
        const style = spec.decimal === ',' ? 'de' : 'en';
        const { records, errors } = convertActuals(parsed.rows, mapping, style, [junior, senior]);
        expect(errors).toEqual([]);
        expect(records).toHaveLength(24);
        const key = (a: { memberId: string; month: string }) => `${a.memberId}|${a.month}`;
        const byKey = new Map(records.map((r) => [key(r), r]));
        for (const a of actuals) expect(byKey.get(key(a))).toEqual(a);
      }
    }
  });
});

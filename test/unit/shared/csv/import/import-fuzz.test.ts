import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_STATUSES, SEGMENTS, type Account } from '@shared/domain/account';
import { CSV_DIALECTS, DIALECTS, type CsvDialect } from '@shared/csv/dialect';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { ACCOUNT_FIELDS } from '@shared/csv/import/account-import';
import { checkFile, inspectHead } from '@shared/csv/import/check-file';
import { autoMap } from '@shared/csv/import/column-mapping';
import { writeCsv } from '@shared/csv/write-csv';
import { createTranslator } from '@shared/i18n/translate';

// The importer's promise: a file goes in exactly as the table it holds, or the check says what
// is wrong — never a different table without a word. Tables are written as the app writes them,
// in every dialect, then damaged in the ways real files are.

const account = fc.record({
  id: fc.uuid(),
  externalId: fc.stringMatching(/^K-\d{1,6}$/),
  name: fc.constantFrom('Müller GmbH', 'Süß "Wien" KG', 'Weiß; Söhne', "O'Brien", 'Ærø A/S'),
  postalCode: fc.stringMatching(/^\d{5}$/),
  city: fc.constantFrom('München', 'Köln', '', 'Saint-Étienne; "Süd"', 'a\r\nb'),
  country: fc.constant('DE'),
  segment: fc.constantFrom(...SEGMENTS),
  strategic: fc.boolean(),
  potentialCents: fc.integer({ min: 0, max: 10 ** 12 }),
  priorYearRevenueCents: fc.integer({ min: 0, max: 10 ** 10 }),
  status: fc.constantFrom(...CUSTOMER_STATUSES),
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  territoryId: fc.constant(null),
  ownerId: fc.constant(null),
  pinnedOwnerId: fc.constant(null),
}) satisfies fc.Arbitrary<Account>;

type Damage =
  | { kind: 'none' }
  | { kind: 'line-ending'; line: number; ending: '\n' | '\r' }
  | { kind: 'quote'; line: number; cell: number }
  | { kind: 'bad-byte'; at: number }
  | { kind: 'nul'; line: number }
  | { kind: 'zero-dropped'; line: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constant('line-ending' as const),
    line: fc.nat(),
    ending: fc.constantFrom('\n' as const, '\r' as const),
  }),
  fc.record({ kind: fc.constant('quote' as const), line: fc.nat(), cell: fc.nat(11) }),
  fc.record({ kind: fc.constant('bad-byte' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('nul' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('zero-dropped' as const), line: fc.nat() }),
);

/** The file's lines as the app writes them, one per account, then damaged. */
function damagedFile(accounts: Account[], dialect: CsvDialect, d: Damage): Uint8Array {
  const t = createTranslator(dialect === 'excel-de' ? 'de' : 'en');
  const columns = accountColumns(t, { territory: () => '', member: () => '' });
  const whole = writeCsv(accounts, columns, dialect).replace(/^\ufeff/, '');
  const header = whole.slice(0, whole.indexOf('\r\n'));
  const rows = accounts.map((a) => writeCsv([a], columns, dialect).replace(/^\ufeff?[^\n]*\n/, ''));
  const lines = rows.map((r) => r.slice(0, -2));
  const endings = lines.map(() => '\r\n');
  const { separator } = DIALECTS[dialect];
  const pick = (n: number) => n % lines.length;
  if (d.kind === 'line-ending') endings[pick(d.line)] = d.ending;
  if (d.kind === 'nul') lines[pick(d.line)] = lines[pick(d.line)]!.replace(/^K/, 'K\u0000');
  if (d.kind === 'zero-dropped') {
    const i = pick(d.line);
    lines[i] = lines[i]!.replace(`${separator}0`, separator);
  }
  if (d.kind === 'quote') {
    // A quote at the start of a cell that should not have one (the classic broken export).
    const i = pick(d.line);
    const cells = lines[i]!.split(separator);
    const c = d.cell % cells.length;
    if (!cells[c]!.startsWith('"')) cells[c] = `"${cells[c]}`;
    lines[i] = cells.join(separator);
  }
  const text = `${DIALECTS[dialect].bom ? '\ufeff' : ''}${header}\r\n${lines.map((l, i) => l + endings[i]).join('')}`;
  const bytes = new TextEncoder().encode(text);
  if (d.kind === 'bad-byte') bytes[d.at % bytes.length] = 0xff;
  return bytes;
}

const expected = (a: Account) => ({
  externalId: a.externalId,
  name: a.name,
  postalCode: a.postalCode,
  city: a.city,
  segment: a.segment,
  strategic: a.strategic,
  potentialCents: a.potentialCents,
  priorYearRevenueCents: a.priorYearRevenueCents,
  status: a.status,
  satisfaction: a.status === 'prospect' ? null : a.satisfaction,
});

describe('import fuzz: exactly the table, or a reported problem', () => {
  it('holds for generated tables in every dialect, damaged as real files are', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(account, { minLength: 1, maxLength: 12, selector: (a) => a.externalId }),
        fc.constantFrom(...CSV_DIALECTS),
        damage,
        (accounts, dialect, d) => {
          const bytes = damagedFile(accounts, dialect, d);
          const inspection = inspectHead(bytes, bytes.length, {});
          const conversion = checkFile(bytes, {
            options: inspection,
            kind: 'accounts',
            mapping: autoMap(inspection.header, ACCOUNT_FIELDS),
            context: {
              style: DIALECTS[dialect].decimal === ',' ? 'de' : 'en',
              team: [],
              today: '2026-12-02',
            },
          });
          const told =
            conversion.problem !== null ||
            conversion.errorCount > 0 ||
            conversion.warningCount > 0 ||
            conversion.notes.length > 0;
          const got = (conversion.records as Array<ReturnType<typeof expected>>).map((r) => ({
            ...expected(r as unknown as Account),
          }));
          const same = JSON.stringify(got) === JSON.stringify(accounts.map(expected));
          if (!same) expect(told, `${d.kind} in ${dialect} changed the table silently`).toBe(true);
          // Undamaged files go in exactly.
          if (d.kind === 'none' || d.kind === 'line-ending') expect(same).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

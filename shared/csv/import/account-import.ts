import { CUSTOMER_STATUSES, SEGMENTS, type Account } from '../../domain/account';
import { de } from '../../i18n/messages.de';
import { en } from '../../i18n/messages.en';
import type { ColumnMapping, ImportField } from './column-mapping';
import { mappedValue, type ValueMapping } from './value-mapping';
import { CUSTOMER_NUMBER_PREFIX, identityKey, type AccountIdentity } from './account-identity';
import { SEGMENT_WORDS, STATUS_WORDS } from './value-words';
import {
  freshChunkState,
  lineOf,
  type ChunkState,
  type Converted,
  type RowError,
} from './import-result';
import {
  cellText,
  parseAmount,
  parseChoice,
  parseWholeNumber,
  parseYesNo,
  type NumberStyle,
} from './values';

export const ACCOUNT_FIELDS = [
  {
    key: 'externalId',
    required: true,
    names: [
      'Kundennummer',
      'Customer no',
      'Kunden-Nr',
      'Kundennr',
      'Kd-Nr',
      'Customer ID',
      'Account ID',
      'External ID',
      'Account Number',
      'Customer Number',
      'Debitor',
      'Debitorennummer',
      'Debitor-Nr',
      'ID',
    ],
  },
  {
    key: 'name',
    required: true,
    names: [
      'Name',
      'Kunde',
      'Kundin',
      'Kund*in',
      'Firma',
      'Account',
      'Account name',
      'Firmenname',
      'Kundenname',
      'Company name',
      'Company',
      'Customer',
    ],
  },
  {
    key: 'postalCode',
    required: true,
    names: [
      'PLZ',
      'Postleitzahl',
      'Postal code',
      'Postcode',
      'ZIP',
      'Zip code',
      'Billing Zip/Postal Code',
      'Billing Postal Code',
      'Billing Zip',
      'Zip/Postal Code',
      'Mailing Zip/Postal Code',
    ],
  },
  {
    key: 'city',
    required: false,
    names: ['Ort', 'Stadt', 'City', 'Town', 'Billing City', 'Mailing City', 'Wohnort'],
  },
  {
    key: 'segment',
    required: false,
    names: ['Segment', 'ABC', 'ABC-Klasse', 'Kundenklasse', 'Klasse', 'Class', 'Rating'],
  },
  { key: 'strategic', required: false, names: ['Strategisch', 'Strategic', 'Strategischer Kunde'] },
  { key: 'potential', required: false, names: ['Potenzial', 'Potential', 'Jahrespotenzial'] },
  {
    key: 'priorYearRevenue',
    required: false,
    names: [
      'Vorjahresumsatz',
      'Umsatz Vorjahr',
      'Umsatz VJ',
      'Prior-year revenue',
      'Revenue prior year',
      'Revenue last year',
      'Jahresumsatz',
      'Annual Revenue',
      'Umsatz',
      'Revenue',
    ],
  },
  { key: 'status', required: false, names: ['Status', 'Kundenstatus', 'Customer status'] },
  { key: 'satisfaction', required: false, names: ['Zufriedenheit', 'Satisfaction', 'CSAT'] },
] as const satisfies ReadonlyArray<ImportField>;

export type AccountImportField = (typeof ACCOUNT_FIELDS)[number]['key'];

/** What an imported row sets; territory, owner and pin stay the app's (rules decide them). */
export type ImportedAccount = Omit<Account, 'id' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'>;

const STATUS_CHOICES = CUSTOMER_STATUSES.map((value) => ({
  value,
  labels: [de[`accounts.status.${value}`], en[`accounts.status.${value}`], ...STATUS_WORDS[value]],
}));
const SEGMENT_CHOICES = SEGMENTS.map((value) => ({ value, labels: SEGMENT_WORDS[value] }));

/**
 * Rows to accounts: German 5-digit postal codes, amounts in the file's number style (cents,
 * non-negative), status in either language. A customer number twice in a file is an error.
 */
export function convertAccounts(
  rows: readonly string[][],
  mapping: ColumnMapping<AccountImportField>,
  style: NumberStyle,
  state: ChunkState = freshChunkState(),
  /** The user's answers for values no word table places. */
  values?: ValueMapping,
  /** Set when the file has no customer numbers and the user chose to have them made. */
  identity?: AccountIdentity,
): Converted<ImportedAccount> {
  const records: ImportedAccount[] = [];
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const { seen } = state;
  const at = (row: readonly string[], field: AccountImportField) => {
    const column = mapping[field];
    return column === null ? '' : cellText(row[column]);
  };
  rows.forEach((row, index) => {
    const line = lineOf(state.offset + index);
    const before = errors.length;
    const problem = (field: AccountImportField, message: RowError['message']) =>
      errors.push({ line, field, value: at(row, field), message });
    const name = at(row, 'name');
    let externalId = at(row, 'externalId');
    // A spreadsheet that opened the file made "01067" the number 1067: German codes have 5 digits.
    const written = at(row, 'postalCode');
    const postalCode = /^\d{4}$/.test(written) ? `0${written}` : written;
    let made: 'matched' | 'generated' | null = null;
    if (identity && mapping.externalId == null && name) {
      const known = identity.known[identityKey(name, postalCode)];
      state.nextNumber ??= identity.next;
      made = known ? 'matched' : 'generated';
      externalId = known ?? `${CUSTOMER_NUMBER_PREFIX}${state.nextNumber}`;
    }
    // Told only for rows that go in (a refused row's problems say enough).
    const rowWarnings: RowError[] = [];
    const warn = (field: AccountImportField, message: RowError['message']) =>
      rowWarnings.push({ line, field, value: at(row, field), message });
    if (!externalId) problem('externalId', 'accounts.error.externalIdRequired');
    else if (externalId.length > 40) problem('externalId', 'accounts.error.tooLong');
    else if (seen.has(externalId)) problem('externalId', 'import.error.duplicate');
    if (!name) problem('name', 'accounts.error.nameRequired');
    else if (name.length > 200) problem('name', 'accounts.error.tooLong');
    if (!/^\d{5}$/.test(postalCode)) problem('postalCode', 'accounts.error.postalCode');
    const city = at(row, 'city');
    if (city.length > 80) problem('city', 'accounts.error.tooLong');
    const choice = <T extends string>(
      field: AccountImportField,
      choices: ReadonlyArray<{ value: T; labels: readonly string[] }>,
    ) => parseChoice(mappedValue(values, field, at(row, field)) ?? at(row, field), choices);
    const segment = at(row, 'segment')
      ? choice('segment', SEGMENT_CHOICES)
      : ({ ok: true, value: 'C' } as const);
    if (!segment.ok) problem('segment', 'import.error.segment');
    const strategic = parseYesNo(
      mappedValue(values, 'strategic', at(row, 'strategic')) ?? at(row, 'strategic'),
    );
    if (!strategic.ok) problem('strategic', strategic.error);
    const amount = (field: 'potential' | 'priorYearRevenue') => {
      // "-" is how spreadsheets print a zero; only an empty cell is a value defaulted.
      if (mapping[field] != null && at(row, field) === '')
        warn(field, 'import.warning.blankIsZero');
      const parsed = parseAmount(at(row, field), style);
      if (!parsed.ok) problem(field, parsed.error);
      else if (parsed.value < 0) problem(field, 'accounts.error.negative');
      return parsed.ok ? parsed.value : 0;
    };
    const potentialCents = amount('potential');
    const priorYearRevenueCents = amount('priorYearRevenue');
    const status = at(row, 'status')
      ? choice('status', STATUS_CHOICES)
      : ({ ok: true, value: 'existing' } as const);
    if (!status.ok) problem('status', 'import.error.status');
    const satisfaction = parseWholeNumber(at(row, 'satisfaction'), style);
    if (
      !satisfaction.ok ||
      (satisfaction.value !== null && (satisfaction.value < 1 || satisfaction.value > 5))
    )
      problem('satisfaction', 'accounts.error.satisfaction');
    if (errors.length > before || !segment.ok || !status.ok || !strategic.ok || !satisfaction.ok)
      return;
    seen.add(externalId);
    if (postalCode !== written) warn('postalCode', 'import.warning.postalZero');
    if (made === 'generated') state.nextNumber! += 1;
    if (made)
      rowWarnings.push({
        line,
        field: 'externalId',
        value: externalId,
        message: made === 'matched' ? 'import.warning.matchedByName' : 'import.warning.numberMade',
      });
    if (status.value === 'prospect' && satisfaction.value !== null)
      warn('satisfaction', 'import.warning.prospectSatisfaction');
    for (const warning of rowWarnings) warnings.push(warning);
    records.push({
      externalId,
      name,
      postalCode,
      city,
      country: 'DE',
      segment: segment.value,
      strategic: strategic.value,
      potentialCents,
      priorYearRevenueCents,
      status: status.value,
      satisfaction: status.value === 'prospect' ? null : satisfaction.value,
    });
  });
  state.offset += rows.length;
  return { records, errors, warnings };
}

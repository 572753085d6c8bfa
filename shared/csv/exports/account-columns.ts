import type { Account } from '../../domain/account';
import type { Translate } from '../../i18n/translate';
import { columnsOf, type CsvColumn } from '../write-csv';

/**
 * The accounts export: the columns the accounts import reads back by name (in either
 * language), plus territory and owner for people reading it in a spreadsheet.
 */
export function accountColumns(
  t: Translate,
  names: { territory: (id: string) => string; member: (id: string) => string },
): CsvColumn<Account>[] {
  return columnsOf<Account>(t('csv.accounts.header'), [
    (a) => a.externalId,
    (a) => a.name,
    // Postal codes are text: "01067" must keep its leading zero.
    (a) => a.postalCode,
    (a) => a.city,
    (a) => a.segment,
    (a) => t(a.strategic ? 'csv.yes' : 'csv.no'),
    (a) => ({ cents: a.potentialCents }),
    (a) => ({ cents: a.priorYearRevenueCents }),
    (a) => t(`accounts.status.${a.status}`),
    (a) => (a.satisfaction === null ? null : { int: a.satisfaction }),
    (a) => (a.territoryId ? names.territory(a.territoryId) : ''),
    (a) => (a.ownerId ? names.member(a.ownerId) : ''),
  ]);
}

import type { Account } from '../../domain/account';
import type { Translate } from '../../i18n/translate';
import type { CsvColumn } from '../write-csv';

/**
 * The accounts export: the columns the accounts import reads back by name (in either
 * language), plus territory and owner for people reading it in a spreadsheet.
 */
export function accountColumns(
  t: Translate,
  names: { territory: (id: string) => string; member: (id: string) => string },
): CsvColumn<Account>[] {
  const [
    externalId,
    name,
    postal,
    city,
    segment,
    strategic,
    potential,
    prior,
    status,
    satisfaction,
    territory,
    owner,
  ] = t('csv.accounts.header').split('|') as [string, ...string[]];
  return [
    { header: externalId, value: (a) => a.externalId },
    { header: name!, value: (a) => a.name },
    // Postal codes are text: "01067" must keep its leading zero.
    { header: postal!, value: (a) => a.postalCode },
    { header: city!, value: (a) => a.city },
    { header: segment!, value: (a) => a.segment },
    { header: strategic!, value: (a) => t(a.strategic ? 'csv.yes' : 'csv.no') },
    { header: potential!, value: (a) => ({ cents: a.potentialCents }) },
    { header: prior!, value: (a) => ({ cents: a.priorYearRevenueCents }) },
    { header: status!, value: (a) => t(`accounts.status.${a.status}`) },
    {
      header: satisfaction!,
      value: (a) => (a.satisfaction === null ? null : { int: a.satisfaction }),
    },
    { header: territory!, value: (a) => (a.territoryId ? names.territory(a.territoryId) : '') },
    { header: owner!, value: (a) => (a.ownerId ? names.member(a.ownerId) : '') },
  ];
}

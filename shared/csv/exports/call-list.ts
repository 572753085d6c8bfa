import { tableExport, type TableExport } from './table-export';
import { columnsOf } from '../write-csv';
import type { Account } from '../../domain/account';
import type { Translate } from '../../i18n/translate';
import { untapped } from '../../market/market-rows';

/** The chosen accounts as a call list: who, where, how big, and what is still to win. */
export function callListExport(
  accounts: readonly Account[],
  owner: (id: string | null) => string,
  t: Translate,
): TableExport {
  return tableExport(
    accounts,
    columnsOf<Account>(t('csv.callList.header'), [
      (a) => a.externalId,
      (a) => a.name,
      (a) => a.postalCode,
      (a) => a.city,
      (a) => a.segment,
      (a) => t(`accounts.status.${a.status}`),
      (a) => owner(a.ownerId),
      (a) => ({ cents: a.potentialCents }),
      (a) => ({ cents: a.priorYearRevenueCents }),
      (a) => ({ cents: untapped(a.potentialCents, a.priorYearRevenueCents) }),
    ]),
  );
}

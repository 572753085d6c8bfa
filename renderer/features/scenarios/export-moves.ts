import { tableExport, type TableExport } from '@shared/csv/exports/table-export';
import { columnsOf } from '@shared/csv/write-csv';
import type { Account } from '@shared/domain/account';
import type { Translate } from '@shared/i18n/translate';
import type { ScenarioComparison } from './use-comparison';

/** The accounts that change owner, as the list shows them: who, where, how big, from whom to whom. */
export function movesExport(
  accounts: readonly Account[],
  rows: readonly number[],
  comparison: Pick<ScenarioComparison, 'base' | 'scenario'>,
  owner: (id: string | null) => string,
  t: Translate,
): TableExport {
  return tableExport(
    rows,
    columnsOf<number>(t('csv.moves.header'), [
      (i) => accounts[i]!.externalId,
      (i) => accounts[i]!.name,
      (i) => accounts[i]!.postalCode,
      (i) => accounts[i]!.city,
      (i) => accounts[i]!.segment,
      (i) => t(`accounts.status.${accounts[i]!.status}`),
      (i) => ({ cents: accounts[i]!.potentialCents }),
      (i) => owner(comparison.base.ownerIds[i] ?? null),
      (i) => owner(comparison.scenario.ownerIds[i] ?? null),
    ]),
  );
}

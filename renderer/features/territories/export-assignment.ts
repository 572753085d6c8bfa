import { tableExport, type TableExport } from '@shared/csv/exports/table-export';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { columnsOf, type CsvColumn } from '@shared/csv/write-csv';
import type { Translate } from '@shared/i18n/translate';

/** The assignment as spreadsheet rows: account → territory → region → owner. */
export function assignmentExport(
  accounts: readonly Account[],
  territories: ReadonlyMap<string, Territory>,
  members: ReadonlyMap<string, TeamMember>,
  t: Translate,
): TableExport {
  const territoryOf = (a: Account) => (a.territoryId ? territories.get(a.territoryId) : undefined);
  const regionOf = (a: Account) => {
    const parent = territoryOf(a)?.parentId;
    return parent ? territories.get(parent) : undefined;
  };
  const ownerOf = (a: Account) => (a.ownerId ? members.get(a.ownerId) : undefined);
  const values: Array<CsvColumn<Account>['value']> = [
    (a) => a.externalId,
    (a) => a.name,
    (a) => a.postalCode,
    (a) => a.city,
    (a) => territoryOf(a)?.name ?? '',
    (a) => regionOf(a)?.name ?? '',
    (a) => ownerOf(a)?.name ?? '',
    (a) => {
      const owner = ownerOf(a);
      return owner ? t(`team.levelShort.${owner.level}`) : '';
    },
    (a) => t(a.pinnedOwnerId ? 'csv.yes' : 'csv.no'),
    (a) => ({ cents: a.potentialCents }),
  ];
  return tableExport(accounts, columnsOf(t('csv.assignment.header'), values));
}

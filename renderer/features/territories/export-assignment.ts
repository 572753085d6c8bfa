import type { Account } from '../../../shared/domain/account';
import type { TeamMember } from '../../../shared/domain/team-member';
import type { Territory } from '../../../shared/domain/territory';
import { csvAmount, toCsv, type CsvCell } from '../../../shared/csv/simple-csv';
import type { I18n } from '../../i18n/i18n-context';

/** The assignment as spreadsheet rows: account → territory → region → owner. */
export function assignmentCsv(
  accounts: readonly Account[],
  territories: ReadonlyMap<string, Territory>,
  members: ReadonlyMap<string, TeamMember>,
  i18n: Pick<I18n, 't' | 'language'>,
): string {
  const { t, language } = i18n;
  const rows: CsvCell[][] = [t('csv.assignment.header').split('|')];
  for (const account of accounts) {
    const territory = account.territoryId ? territories.get(account.territoryId) : undefined;
    const region = territory?.parentId ? territories.get(territory.parentId) : undefined;
    const owner = account.ownerId ? members.get(account.ownerId) : undefined;
    rows.push([
      account.externalId,
      account.name,
      account.postalCode,
      account.city,
      territory?.name ?? '',
      region?.name ?? '',
      owner?.name ?? '',
      owner ? t(`team.levelShort.${owner.level}`) : '',
      account.pinnedOwnerId ? t('csv.yes') : t('csv.no'),
      csvAmount(account.potentialCents, language),
    ]);
  }
  return toCsv(rows, language);
}

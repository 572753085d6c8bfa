import type { ImportedAccount } from '@shared/csv/import/account-import';
import { IMPORT_FIELDS, type ImportKind } from '@shared/csv/import/import-kinds';
import type { ImportedTerritory } from '@shared/csv/import/territory-import';
import type { MonthlyActual } from '@shared/domain/actual';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMoney } from '@shared/format/intl';
import { formatPostalRule } from '@shared/territory/postal-rule';
import type { I18n } from '@renderer/i18n/i18n-context';

/** A converted record as the app will show it, one cell per import field (preview table). */
export function describeRecord(
  kind: ImportKind,
  record: unknown,
  i18n: Pick<I18n, 't' | 'locale' | 'currency'>,
  memberName: (id: string | null) => string,
): string[] {
  const { t, locale, currency } = i18n;
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const cells: Record<string, string> = {};
  if (kind === 'accounts') {
    const a = record as ImportedAccount;
    Object.assign(cells, {
      externalId: a.externalId,
      name: a.name,
      postalCode: a.postalCode,
      city: a.city,
      segment: a.segment,
      strategic: t(a.strategic ? 'csv.yes' : 'csv.no'),
      potential: money(a.potentialCents),
      priorYearRevenue: money(a.priorYearRevenueCents),
      status: t(`accounts.status.${a.status}`),
      satisfaction: a.satisfaction === null ? '–' : String(a.satisfaction),
    });
  } else if (kind === 'members') {
    const m = record as TeamMember;
    Object.assign(cells, {
      name: m.name,
      level: t(`team.levelShort.${m.level}`),
      email: m.email,
      supervisor: m.supervisorId ? memberName(m.supervisorId) : '–',
      capacity: String(m.capacity),
      hireDate: m.hireDate,
      homeRegion: m.homeRegion,
    });
  } else if (kind === 'territories') {
    const x = record as ImportedTerritory;
    Object.assign(cells, {
      territory: x.name,
      region: x.region,
      owner: memberName(x.ownerId),
      rules: x.rules.map(formatPostalRule).join(', '),
    });
  } else {
    const a = record as MonthlyActual;
    Object.assign(cells, {
      member: memberName(a.memberId),
      month: a.month,
      newBusiness: money(a.newBusinessCents),
      existingBusiness: money(a.existingBusinessCents),
    });
  }
  return IMPORT_FIELDS[kind].map((f) => cells[f.key] ?? '');
}

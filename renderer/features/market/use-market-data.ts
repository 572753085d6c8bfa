import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { spreadYearToDate } from '@shared/market/ytd-spread';
import { fiscalMonths, fiscalYearOf } from '@shared/planning/fiscal-year';
import { closedMonthCount } from '@shared/performance/periods';
import { db } from '@renderer/db/db';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { useAccountData, type AccountData } from '@renderer/app/data/account-store';
import { clock } from '@renderer/app/clock';
import { useTeam } from '@renderer/app/data/use-team';
import { useTerritories } from '@renderer/app/data/use-territories';

interface Sums {
  key: string;
  ytd: Map<string, number>;
  years: Map<number, { newCents: number; existingCents: number }>;
}
let lastSums: Sums | null = null;
let lastSpread: { data: AccountData; sums: Sums; ytd: Float64Array } | null = null;

function sameSums(a: Sums, b: Sums): boolean {
  const sameMap = <K, V>(x: Map<K, V>, y: Map<K, V>, eq: (p: V, q: V) => boolean) =>
    x.size === y.size && [...x].every(([k, v]) => y.has(k) && eq(v, y.get(k)!));
  return (
    sameMap(a.ytd, b.ytd, (p, q) => p === q) &&
    sameMap(
      a.years,
      b.years,
      (p, q) => p.newCents === q.newCents && p.existingCents === q.existingCents,
    )
  );
}

/** The year to date per account, worked out once per change of the accounts or the actuals. */
function spreadOnce(data: AccountData, sums: Sums): Float64Array {
  if (lastSpread?.data !== data || lastSpread.sums !== sums)
    lastSpread = { data, sums, ytd: spreadYearToDate(data.accounts, sums.ytd) };
  return lastSpread.ytd;
}

export interface MarketData {
  accounts: Account[];
  /** Year-to-date revenue per account (same order as `accounts`). */
  ytd: Float64Array;
  members: TeamMember[];
  membersById: Map<string, TeamMember>;
  territories: Territory[];
  territoriesById: Map<string, Territory>;
  /** The fiscal year the year to date belongs to, and its closed months. */
  fiscalYear: number;
  closed: number;
  /** Actuals per fiscal year (new, existing), oldest first, for the growth picture. */
  growth: Array<{ fiscalYear: number; newCents: number; existingCents: number }>;
}

/** Everything the market analysis reads; null while it loads. */
export function useMarketData(): MarketData | null {
  const state = useAccountData();
  const data = state.kind === 'ready' ? state.data : null;
  const members = useTeam();
  const territories = useTerritories();
  const startMonth = (useSettings() ?? DEFAULT_SETTINGS).fiscalYearStartMonth;
  const today = clock.today();
  const fiscalYear = fiscalYearOf(today, startMonth);
  const months = fiscalMonths(fiscalYear, startMonth);
  const closed = closedMonthCount(months, today);
  // Actuals are few (members × months): read at once (no cursor) and summed per member and
  // per fiscal year. The last sums are shown while a new visit reads them again.
  const key = `${fiscalYear}|${closed}|${startMonth}`;
  const sums = useLiveQuery(
    async () => {
      const ytd = new Map<string, number>();
      const years = new Map<number, { newCents: number; existingCents: number }>();
      const done = new Set(months.slice(0, closed));
      for (const a of await db.actuals.toArray()) {
        const total = a.newBusinessCents + a.existingBusinessCents;
        if (done.has(a.month)) ytd.set(a.memberId, (ytd.get(a.memberId) ?? 0) + total);
        const year = fiscalYearOf(`${a.month}-01`, startMonth);
        const sum = years.get(year) ?? { newCents: 0, existingCents: 0 };
        sum.newCents += a.newBusinessCents;
        sum.existingCents += a.existingBusinessCents;
        years.set(year, sum);
      }
      const result = { key, ytd, years };
      // Unchanged actuals keep the same object, so nothing downstream is worked out again.
      if (lastSums?.key === key && sameSums(lastSums, result)) return lastSums;
      lastSums = result;
      return result;
    },
    [key],
    lastSums?.key === key ? lastSums : undefined,
  );
  const ytd = data && sums ? spreadOnce(data, sums) : null;

  return useMemo(() => {
    if (!data || !members || !territories || !sums || !ytd) return null;
    return {
      accounts: data.accounts,
      ytd,
      members,
      membersById: new Map(members.map((m) => [m.id, m])),
      territories: territories.territories,
      territoriesById: territories.byId,
      fiscalYear,
      closed,
      growth: [...sums.years.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, s]) => ({ fiscalYear: year, ...s })),
    };
  }, [data, members, territories, sums, ytd, fiscalYear, closed]);
}

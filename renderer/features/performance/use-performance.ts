import { clock } from '@renderer/app/clock';
import { useMemo } from 'react';
import type { SalesPlan } from '@shared/domain/plan';
import type { TeamMember } from '@shared/domain/team-member';
import { fiscalMonths, fiscalYearOf } from '@shared/planning/fiscal-year';
import { teamMonths } from '@shared/performance/forecast';
import { closedMonthCount } from '@shared/performance/periods';
import { memberYears, targetsByCalendarMonth, type MemberYear } from '@shared/performance/variance';
import { db } from '@renderer/db/db';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { useAppStore } from '@renderer/store/app-store';
import { useTeam } from '@renderer/app/data/use-team';
import { useCachedQuery } from '@renderer/app/data/cached-query';

const YEAR_TABLES = ['plans', 'planTargets', 'actuals'] as const;

export interface PerformanceData {
  fiscalYear: number;
  startMonth: number;
  /** The fiscal year's months, YYYY-MM. */
  months: string[];
  /** How many of them are closed (the year to date). */
  closed: number;
  /** The plan version measured against: the newest approved one, else the newest. */
  plan: SalesPlan | null;
  /** Active members, and anyone with a target or revenue in the year; by name. */
  members: TeamMember[];
  years: MemberYear[];
  team: MemberYear;
  byId: Map<string, TeamMember>;
  /** Fiscal years there is something to look at, newest first. */
  fiscalYears: number[];
}

/**
 * The plan a fiscal year is measured against: of that year (and, where there is one, of the
 * same fiscal start), the newest approved version, else the newest.
 */
export function planOfYear(
  plans: readonly SalesPlan[],
  fiscalYear: number,
  startMonth?: number,
): SalesPlan | null {
  const ofYear = plans.filter((p) => p.fiscalYear === fiscalYear);
  const sameStart = ofYear.filter((p) => p.startMonth === startMonth);
  const pool = sameStart.length ? sameStart : ofYear;
  return pool.find((p) => p.state === 'approved') ?? pool[0] ?? null;
}

/** Targets and actuals of the chosen fiscal year, lined up per member; undefined while loading. */
export function usePerformanceData(): PerformanceData | undefined {
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const startMonth = settings.fiscalYearStartMonth;
  const today = clock.today();
  const current = fiscalYearOf(today, startMonth);
  const fiscalYear = useAppStore((s) => s.performanceYear) ?? current;
  const months = useMemo(() => fiscalMonths(fiscalYear, startMonth), [fiscalYear, startMonth]);
  const members = useTeam();
  // One query for everything the year needs, so the screen renders once when it is all there
  // instead of once per table (the targets wait for the plan otherwise).
  // Kept while plans, targets and actuals are unchanged: the screen reopens without a read.
  const loaded = useCachedQuery(`performance:${months.join()}`, YEAR_TABLES, async () => {
    const plans = (await db.plans.toArray()).sort((a, b) => b.version - a.version);
    const plan = planOfYear(plans, fiscalYear, startMonth);
    // The year's own plan first, then the plans of the years around it: a plan made with
    // another fiscal start still covers some of these months, by calendar month.
    const covering = [
      plan,
      ...[fiscalYear - 1, fiscalYear, fiscalYear + 1].flatMap((year) =>
        [...new Set(plans.filter((p) => p.fiscalYear === year).map((p) => p.startMonth))].map(
          (start) => planOfYear(plans, year, start),
        ),
      ),
    ].filter((p, i, all): p is SalesPlan => p !== null && all.indexOf(p) === i);
    const [targets, actuals, first, last] = await Promise.all([
      covering.length
        ? db.planTargets
            .where('planId')
            .anyOf(covering.map((p) => p.id))
            .toArray()
        : [],
      db.actuals.where('month').between(months[0]!, months[11]!, true, true).toArray(),
      db.actuals.orderBy('month').first(),
      db.actuals.orderBy('month').last(),
    ]);
    return {
      planYears: plans.map((p) => p.fiscalYear),
      plan,
      covering: covering.map((p) => ({
        months: fiscalMonths(p.fiscalYear, p.startMonth),
        targets: targets.filter((t) => t.planId === p.id),
      })),
      actuals,
      span: { first: first?.month ?? null, last: last?.month ?? null },
    };
  });

  return useMemo(() => {
    if (!members || !loaded) return undefined;
    const { plan, covering, actuals, span } = loaded;
    const targetMap = targetsByCalendarMonth(covering, months);
    const withActuals = new Set(actuals.map((a) => a.memberId));
    const shown = members
      .filter((m) => m.active || targetMap.has(m.id) || withActuals.has(m.id))
      .sort((a, b) => a.name.localeCompare(b.name));
    const years = memberYears(
      shown.map((m) => m.id),
      targetMap,
      actuals,
      months,
    );
    const fiscalYears = new Set<number>([current, ...loaded.planYears]);
    if (span.first && span.last) {
      const from = fiscalYearOf(`${span.first}-01`, startMonth);
      const to = fiscalYearOf(`${span.last}-01`, startMonth);
      for (let y = from; y <= to; y += 1) fiscalYears.add(y);
    }
    return {
      fiscalYear,
      startMonth,
      months,
      closed: closedMonthCount(months, today),
      plan,
      members: shown,
      years,
      team: teamMonths(years),
      byId: new Map(members.map((m) => [m.id, m])),
      fiscalYears: [...fiscalYears].sort((a, b) => b - a),
    };
  }, [members, loaded, months, fiscalYear, startMonth, current, today]);
}

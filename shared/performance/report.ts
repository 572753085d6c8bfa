import type { Level } from '../domain/team-member';
import type { Territory } from '../domain/territory';
import { rollUpTargets } from '../planning/rollup';
import {
  measuredMonths,
  periodMonths,
  periodState,
  type Period,
  type PeriodState,
} from './periods';
import {
  addFigures,
  figuresOver,
  varianceOf,
  type Figures,
  type MemberYear,
  type Variance,
} from './variance';

export const REPORT_GROUPINGS = ['member', 'level', 'territory', 'region'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export interface ReportRow {
  /** Member id, level, or territory id; '' for what no territory carries. */
  key: string;
  /** Depth in the territory hierarchy (0 otherwise). */
  depth: number;
  figures: Figures;
  variance: Variance;
}

export interface VarianceReport {
  rows: ReportRow[];
  total: ReportRow;
  state: PeriodState;
  /** The months the figures cover: a running period's closed ones (pro-rated). */
  months: number[];
  /**
   * False when none of the period's months is closed yet (the running month, a later quarter):
   * the figures are the target and what came in so far, and nothing is judged behind or ahead.
   */
  judged: boolean;
  /** The whole period's team target, also when only part of it is measured. */
  periodTargetCents: number;
}

export interface ReportContext {
  levels: ReadonlyMap<string, Level>;
  /** Potential and account count per member per territory (how a member's figures spread). */
  byMemberTerritory: ReadonlyMap<
    string,
    ReadonlyMap<string, { potentialCents: number; count: number }>
  >;
  territories: readonly Pick<Territory, 'id' | 'parentId' | 'name'>[];
}

const UNJUDGED = { varianceCents: 0, variancePct: null, attainmentPct: null };

/**
 * Target, achieved and variance for a period, grouped by member, level, territory or region.
 * Territories and regions get a member's figures in proportion to the potential of the
 * member's accounts there (exact to the cent), as the plan's roll-up does for targets.
 */
export function varianceReport(
  years: readonly MemberYear[],
  period: Period,
  closed: number,
  grouping: ReportGrouping,
  context: ReportContext,
): VarianceReport {
  const state = periodState(period, closed);
  const whole = periodMonths(period, closed);
  const measured = measuredMonths(period, closed);
  const judged = measured.length > 0;
  const months = judged ? measured : whole;
  const row = (key: string, figures: Figures, depth = 0): ReportRow => ({
    key,
    depth,
    figures,
    variance: judged ? varianceOf(figures) : UNJUDGED,
  });
  const perMember = years.map((year) => ({
    memberId: year.memberId,
    figures: figuresOver(year, months),
  }));
  const report = (rows: ReportRow[]): VarianceReport => ({
    rows,
    total: row('', addFigures(perMember.map((m) => m.figures))),
    state,
    months,
    judged,
    periodTargetCents: years.reduce((sum, y) => sum + figuresOver(y, whole).targetCents, 0),
  });
  if (grouping === 'member') {
    return report(perMember.map((m) => row(m.memberId, m.figures)));
  }
  if (grouping === 'level') {
    const rows = (['junior', 'senior'] as const).map((level) =>
      row(
        level,
        addFigures(
          perMember.filter((m) => context.levels.get(m.memberId) === level).map((m) => m.figures),
        ),
      ),
    );
    // Never drop a member silently: whoever has no known level is shown apart, so the rows
    // always add up to the team.
    const unknown = perMember.filter((m) => !context.levels.has(m.memberId));
    if (unknown.length) rows.push(row('', addFigures(unknown.map((m) => m.figures))));
    return report(rows);
  }
  const spread = (field: keyof Figures) =>
    rollUpTargets(
      perMember.map((m) => ({ memberId: m.memberId, annualCents: m.figures[field] })),
      context.byMemberTerritory,
      context.territories,
    );
  const target = spread('targetCents');
  const news = spread('newCents');
  const existing = spread('existingCents');
  const rows: ReportRow[] = [];
  target.rows.forEach((t, i) => {
    if (grouping === 'region' && t.depth > 0) return;
    const newCents = news.rows[i]!.targetCents;
    const existingCents = existing.rows[i]!.targetCents;
    const figures = {
      targetCents: t.targetCents,
      newCents,
      existingCents,
      achievedCents: newCents + existingCents,
    };
    rows.push(row(t.territoryId, figures, t.depth));
  });
  const loose = {
    targetCents: target.unattributedCents,
    newCents: news.unattributedCents,
    existingCents: existing.unattributedCents,
    achievedCents: news.unattributedCents + existing.unattributedCents,
  };
  if (loose.targetCents !== 0 || loose.achievedCents !== 0) rows.push(row('', loose));
  return report(rows);
}

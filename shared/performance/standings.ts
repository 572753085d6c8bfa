import type { ReportRow } from './report';

export interface Standings {
  behind: ReportRow[];
  ahead: ReportRow[];
}

/**
 * The members furthest behind and furthest ahead of plan by attainment (members without a
 * target are left out: they cannot be behind it). Ties go by the larger variance, then id.
 */
export function standings(rows: readonly ReportRow[], count = 3): Standings {
  const ranked = rows
    .filter((r) => r.variance.attainmentPct !== null)
    .sort(
      (a, b) =>
        a.variance.attainmentPct! - b.variance.attainmentPct! ||
        a.variance.varianceCents - b.variance.varianceCents ||
        a.key.localeCompare(b.key),
    );
  const behind = ranked.filter((r) => r.variance.varianceCents < 0).slice(0, count);
  const ahead = ranked
    .filter((r) => r.variance.varianceCents >= 0)
    .reverse()
    .slice(0, count);
  return { behind, ahead };
}

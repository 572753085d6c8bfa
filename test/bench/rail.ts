import { percentile, round, type Row } from './figures';

/**
 * RAIL's budgets for input to painted result (ms): input handled within 50 ms so the frame with
 * the result lands within 100 ms; heavier views 100 ms; a scroll's frames within one 60 Hz frame.
 */
export const RAIL_BUDGETS: Readonly<Record<string, number>> = {
  'accounts.filter': 50,
  'accounts.sort': 50,
  'balance.switch_metric': 50,
  'territory.reassign_prefix': 50,
  'team.open': 50,
  'plan.reallocate': 50,
  'variance.report': 50,
  'market.regroup': 50,
  'dashboard.render': 100,
  'chart.render': 100,
  'accounts.scroll': 16.7,
};

export const BASELINE = 'no-op toggle';

/** The same-run baseline as a row of its own. */
export function baselineRow(size: string, samples: number[]): Row {
  return {
    id: 'interaction.baseline',
    size,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
    unit: 'a trivial state change, input to paint',
    target: 'report',
    met: true,
    runs: samples.length,
    samples: samples.map((v) => round(v)),
  };
}

/**
 * Holds the interaction figures to RAIL's budgets and adds each one's ratio to the baseline:
 * its p95 ÷ the baseline's p50, which stays comparable from a fast machine to a slow one.
 */
export function againstRail(rows: Row[], baselineP50: number): Row[] {
  return rows.map((row) => {
    const budget = RAIL_BUDGETS[row.id];
    if (budget === undefined || row.p95_ms === undefined) return row;
    return {
      ...row,
      target: `p95 < ${budget} ms`,
      met: row.p95_ms < budget,
      baseline: BASELINE,
      baseline_p50_ms: round(baselineP50),
      ratio: round(row.p95_ms / baselineP50, 2),
    };
  });
}

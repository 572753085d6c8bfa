/** Every figure the benchmark reports (ids exactly as the benchmark issue names them). */
export interface Figure {
  id: string;
  size: string;
  target: string;
  /** True once the feature it measures is built and the bench measures it. */
  built: boolean;
}

export interface Row {
  id: string;
  size: string;
  p50_ms?: number;
  p95_ms?: number;
  baseline?: string;
  baseline_p50_ms?: number;
  ratio?: number;
  value?: number;
  unit?: string;
  target: string;
  /** null: not measured (the feature is not built yet). */
  met: boolean | null;
  status?: 'not built';
  runs?: number;
  /** Every measurement, in run order, where one outlier decides a p95 of few runs. */
  samples?: number[];
}

/** Figures for features that are not built yet; each becomes a measured row when it lands. */
export const PLANNED_FIGURES: Figure[] = [];

/** Figures the benchmark measures today (bench.spec.ts); with PLANNED_FIGURES, all of them. */
export const MEASURED_IDS = [
  'interaction.baseline',
  'startup.cold',
  'startup.reconcile',
  'memory.heap',
  'team.open',
  'accounts.load',
  'accounts.load_longtask',
  'accounts.filter',
  'accounts.sort',
  'accounts.scroll',
  'territory.reassign_prefix',
  'history.undo_large',
  'balance.switch_metric',
  'snapshot.write',
  'snapshot.main_block',
  'journal.longtask',
  'bundle.gzip',
  'demo.generate',
  'csv.export',
  'csv.import',
  'xlsx.export',
  'plan.reallocate',
  'dashboard.render',
  'chart.render',
  'chart.longtask',
  'variance.report',
  'market.view',
  'market.regroup',
  'map.open',
  'map.recolour',
  'map.pan',
  'map.zoom',
  'map.select_assign',
  'map.data_gzip',
  'autobalance.time',
  'autobalance.longtask',
  'autobalance.disruption_ratio',
  'autobalance.imbalance_vs_bound',
  'autobalance.contiguity',
  'autobalance.optimality_gap',
  'autobalance.deviation_gap',
  'autobalance.exact_time',
  'sync.initial',
  'sync.catchup',
  'sync.latency',
  'sync.longtask',
] as const;

export function notBuiltRow(figure: Figure): Row {
  return {
    id: figure.id,
    size: figure.size,
    target: figure.target,
    met: null,
    status: 'not built',
  };
}

/** Nearest-rank percentile of a sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

import { describe, expect, it } from 'vitest';
import { MEASURED_IDS, notBuiltRow, percentile, PLANNED_FIGURES } from '../../bench/figures';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const sample = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(sample, 50)).toBe(5);
    expect(percentile(sample, 95)).toBe(10);
    expect(percentile([42], 95)).toBe(42);
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe('benchmark figures', () => {
  it('names every figure of the benchmark issue, reported as not built until measured', () => {
    const ids = new Set([...PLANNED_FIGURES.map((f) => f.id), ...MEASURED_IDS]);
    for (const id of [
      'startup.cold',
      'memory.heap',
      'bundle.gzip',
      'accounts.filter',
      'accounts.sort',
      'accounts.scroll',
      'territory.reassign_prefix',
      'balance.switch_metric',
      'autobalance.time',
      'autobalance.disruption_ratio',
      'autobalance.imbalance_vs_bound',
      'plan.reallocate',
      'dashboard.render',
      'chart.render',
      'variance.report',
      'csv.export',
      'csv.import',
      'xlsx.export',
      'snapshot.write',
      'market.view',
      'market.regroup',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const planned = {
      id: 'territory.optimize',
      size: '50k/50',
      target: '< 2,000 ms',
      built: false,
    };
    expect(notBuiltRow(planned)).toEqual({
      id: 'territory.optimize',
      size: '50k/50',
      target: '< 2,000 ms',
      met: null,
      status: 'not built',
    });
    // A figure is either measured or planned, never both.
    expect(
      PLANNED_FIGURES.filter((f) => (MEASURED_IDS as readonly string[]).includes(f.id)),
    ).toEqual([]);
  });
});

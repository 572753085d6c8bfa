import type { Segment } from '../domain/account';

export interface ParetoCurve {
  /** Cumulative share of revenue (0–100) after each percent of customers (0–100), 101 points. */
  points: Array<{ customersPct: number; revenuePct: number }>;
  /** How many customers (largest first) make `share` percent of the revenue. */
  customersFor: (share: number) => number;
  totalCents: number;
  customers: number;
}

/** The revenue concentration curve: customers sorted by revenue, largest first. */
export function paretoCurve(revenues: readonly number[]): ParetoCurve {
  const sorted = revenues.filter((v) => v > 0).sort((a, b) => b - a);
  const total = sorted.reduce((s, v) => s + v, 0);
  const cumulative = new Float64Array(sorted.length);
  let running = 0;
  sorted.forEach((v, i) => {
    running += v;
    cumulative[i] = running;
  });
  const points = Array.from({ length: 101 }, (_, pct) => {
    const count = Math.round((sorted.length * pct) / 100);
    return {
      customersPct: pct,
      revenuePct: total > 0 && count > 0 ? (cumulative[count - 1]! / total) * 100 : 0,
    };
  });
  const customersFor = (share: number) => {
    if (total === 0) return 0;
    const needed = (total * share) / 100;
    let low = 0;
    let high = sorted.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! >= needed - 1e-9) high = mid;
      else low = mid + 1;
    }
    return low + 1;
  };
  return { points, customersFor, totalCents: total, customers: sorted.length };
}

export interface AbcThresholds {
  /** A: the largest customers up to this cumulative share (percent). */
  a: number;
  /** B: the next ones up to this cumulative share; C the rest. */
  b: number;
}

export const DEFAULT_ABC: AbcThresholds = { a: 80, b: 95 };

/**
 * ABC classes by cumulative share of `values` (revenue or potential): a customer is A while
 * the share before it is below `a`, B while below `b`, else C; customers without value are C.
 * Ties keep their input order, so the result is deterministic.
 */
export function abcClasses(values: readonly number[], thresholds: AbcThresholds): Segment[] {
  const order = values
    .map((value, index) => ({ value: Math.max(0, value), index }))
    .sort((x, y) => y.value - x.value || x.index - y.index);
  const total = order.reduce((s, x) => s + x.value, 0);
  const classes: Segment[] = values.map(() => 'C');
  let before = 0;
  for (const { value, index } of order) {
    if (value <= 0 || total === 0) break;
    const share = (before / total) * 100;
    classes[index] = share < thresholds.a ? 'A' : share < thresholds.b ? 'B' : 'C';
    before += value;
  }
  return classes;
}

/** Whether thresholds can be used: whole percents with 0 < A < B ≤ 100. */
export function thresholdsValid({ a, b }: AbcThresholds): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && a > 0 && a < b && b <= 100;
}

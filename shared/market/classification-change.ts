import type { Segment } from '../domain/account';
import type { AbcThresholds } from './pareto';

export type AbcBasis = 'revenue' | 'potential';

export interface SegmentChange {
  id: string;
  name: string;
  from: Segment;
  to: Segment;
}

/** A re-classification: the basis and thresholds used, and every segment it changes. */
export interface ClassificationChange {
  basis: AbcBasis;
  thresholds: AbcThresholds;
  changes: SegmentChange[];
}

export const PLAN_STATES = ['draft', 'submitted', 'approved'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export interface SalesPlan {
  id: string;
  fiscalYear: number;
  version: number;
  state: PlanState;
  teamTargetCents: number;
}

export interface PlanTarget {
  planId: string;
  memberId: string;
  /** Twelve monthly targets in cents, fiscal month order. */
  monthlyCents: number[];
  newBusinessShare: number;
}

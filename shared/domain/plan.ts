import type { AllocationMethod, MixWeights } from '../planning/allocate';

export const PLAN_STATES = ['draft', 'submitted', 'approved'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** Where one member's part of a plan stands: a Junior's part needs their Senior's approval. */
export const SIGNOFF_STATES = ['open', 'submitted', 'approved', 'returned'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

export type PlanAction =
  | 'created'
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'memberSubmitted'
  | 'memberApproved'
  | 'memberReturned';

/** One step in a plan's life, kept as its audit trail. */
export interface PlanEvent {
  at: string;
  /** Who acted (null: the team lead, acting as nobody in particular). */
  actorId: string | null;
  action: PlanAction;
  memberId?: string;
  comment?: string;
  /** Approved with a gap to the team target (the lead's explicit decision): its size. */
  gapCents?: number;
}

/** One version of the team's sales plan (Vertriebsplan) for a fiscal year. */
export interface SalesPlan {
  id: string;
  fiscalYear: number;
  version: number;
  state: PlanState;
  /** Umsatzziel of the team, integer cents. */
  teamTargetCents: number;
  /** First calendar month (1–12) of the fiscal year when the plan was made. */
  startMonth: number;
  method: AllocationMethod;
  mix: MixWeights;
  ramp: number[];
  redistributeRamp: boolean;
  /** The plan's seasonality, basis points per fiscal month (sum 10,000). */
  seasonality: number[];
  /** Default new-business share in percent by level. */
  newBusinessDefaults: { junior: number; senior: number };
  createdAt: string;
  history: PlanEvent[];
}

/** One member's targets in one plan version. */
export interface PlanTarget {
  planId: string;
  memberId: string;
  /** Twelve monthly targets in cents, fiscal month order. */
  monthlyCents: number[];
  /** Set by hand (bottom-up): kept when the rest is re-allocated. */
  manual: boolean;
  /** Share of new-customer business, whole percent. */
  newBusinessPct: number;
  /** The member's own seasonality (basis points), or null for the plan's. */
  seasonality: number[] | null;
  signoff: SignoffState;
}

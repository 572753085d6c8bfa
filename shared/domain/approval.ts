export const APPROVAL_STATES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** One decision that waits for (or was made by) a Senior; kept as the audit trail. */
export interface Approval {
  id: string;
  kind: 'reassignment' | 'plan' | 'scenario' | 'classification' | 'exception';
  state: ApprovalState;
  requesterId: string;
  approverId: string | null;
  createdAt: string;
  decidedAt: string | null;
  comment: string;
  /** What changes, as the feature that raised it describes it. */
  change: unknown;
}

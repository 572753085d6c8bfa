export const SEGMENTS = ['A', 'B', 'C'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Customer status from the seed: prospect → new → existing → regular customer (Stammkund*in). */
export const CUSTOMER_STATUSES = ['prospect', 'new', 'existing', 'regular'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export interface Account {
  id: string;
  externalId: string;
  name: string;
  postalCode: string;
  city: string;
  country: string;
  segment: Segment;
  /** Strategic accounts belong with Seniors, whatever their segment. */
  strategic: boolean;
  /** Yearly potential, integer cents. */
  potentialCents: number;
  /** Prior-year revenue, integer cents. */
  priorYearRevenueCents: number;
  status: CustomerStatus;
  /** 1–5; null for prospects nobody has asked yet. */
  satisfaction: number | null;
  territoryId: string | null;
  /** Owner as the territory rules give it, or the pinned member. */
  ownerId: string | null;
  /** A member this account is pinned to, overriding territory rules. */
  pinnedOwnerId: string | null;
}

/** Large accounts (segment A) and strategic ones need a Senior owner. */
export function isLargeOrStrategic(account: Pick<Account, 'segment' | 'strategic'>): boolean {
  return account.strategic || account.segment === 'A';
}

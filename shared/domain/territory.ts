export type TerritoryKind = 'region' | 'territory';

/** A postal-code rule: a prefix ("80"), a range ("80000-81999" or "80-81") or an exact code. */
export interface PostalRule {
  kind: 'prefix' | 'range' | 'exact';
  from: string;
  to?: string;
}

export interface Territory {
  id: string;
  name: string;
  kind: TerritoryKind;
  parentId: string | null;
  ownerId: string | null;
  /** Optional Senior who mentors the Junior owning this territory. */
  mentorId: string | null;
  rules: PostalRule[];
}

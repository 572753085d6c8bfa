import type { AuthorityRules, ExceptionChange } from './authority';
import type { ReassignmentChange } from './reassignment';
import type { ClassificationChange } from '../market/classification-change';
import type { ScenarioChange } from '../scenario/apply';
import type { AccountMoves, TerritoryChange } from '../territory/territory-change';
import type { MessageKey } from '../i18n/messages.en';
import type { Level } from './team-member';

export const APPROVAL_STATES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** A Junior's own plan part waiting for their Senior (decided on the plan itself). */
export interface PlanPartChange {
  planId: string;
  fiscalYear: number;
  version: number;
  memberId: string;
  annualCents: number;
}

export interface MemberAuthority {
  level: Level;
  supervisorId: string | null;
  active: boolean;
}

/** Members' level, supervisor or active state changed (recorded, never proposed). */
export interface MemberChange {
  members: Array<{
    memberId: string;
    name: string;
    before: MemberAuthority | null;
    after: MemberAuthority;
  }>;
  /** A leaving member's territories and accounts, handed over in the same step. */
  handOver?: { toMemberId: string; accounts: number; territories: string[] };
}

/** Settings → Decision authority changed. */
export interface AuthorityChange {
  before: AuthorityRules;
  after: AuthorityRules;
}

/** A change taken back (or done again) with Ctrl+Z that moved accounts. */
export interface UndoChange {
  label: MessageKey;
  labelParams?: Record<string, string | number>;
  redo: boolean;
  /** The accounts it moved (only those whose owner changed). */
  moves: AccountMoves;
}

/** Who wrote one version of a row two laptops changed at once. */
export interface ConflictVersionAuthor {
  by: string | null;
  at: string;
}

/**
 * Two laptops changed one row at once and a person kept one version (recorded, never
 * requested): which row, whose version stayed, whose did not, and the values they clashed on.
 */
export interface ConflictChoice {
  table: string;
  /** The row's key as its team document names it (after `table:`). */
  key: string;
  /** The row in words, as the Conflicts list named it. */
  label: string;
  kept: ConflictVersionAuthor;
  dropped: ConflictVersionAuthor[];
  /** Where the versions differed ('' the whole row): the value kept and the values dropped. */
  fields: Array<{ path: string; kept: unknown; dropped: unknown[] }>;
}

/** Every kind of request or recorded decision, each with what it changes. */
export type ApprovalChange =
  | { kind: 'reassignment'; change: ReassignmentChange }
  | { kind: 'territory'; change: TerritoryChange }
  | { kind: 'plan'; change: PlanPartChange }
  | { kind: 'scenario'; change: ScenarioChange }
  | { kind: 'classification'; change: ClassificationChange }
  | { kind: 'exception'; change: ExceptionChange }
  | { kind: 'member'; change: MemberChange }
  | { kind: 'authority'; change: AuthorityChange }
  | { kind: 'undo'; change: UndoChange }
  | { kind: 'conflict'; change: ConflictChoice };

export type ApprovalKind = ApprovalChange['kind'];

interface ApprovalBase {
  id: string;
  state: ApprovalState;
  requesterId: string;
  approverId: string | null;
  createdAt: string;
  decidedAt: string | null;
  comment: string;
}

/** One decision that waits for (or was made by) a Senior; kept as the audit trail. */
export type Approval = ApprovalBase & ApprovalChange;

export type ApprovalOf<K extends ApprovalKind> = ApprovalBase &
  Extract<ApprovalChange, { kind: K }>;

/** The accounts an approval moves from one owner to another, whatever its kind. */
export function ownerMoves(
  approval: Approval,
): Array<{ id: string; name: string; fromOwnerId: string | null; toOwnerId: string | null }> {
  switch (approval.kind) {
    case 'reassignment':
      return approval.change.accounts.map((a) => ({
        id: a.id,
        name: a.name,
        fromOwnerId: a.fromOwnerId,
        toOwnerId: approval.change.toMemberId,
      }));
    case 'territory':
    case 'undo':
      return movesList(approval.change.moves);
    case 'scenario':
      return approval.change.placements.map((p) => ({
        id: p.id,
        name: p.name,
        fromOwnerId: p.fromOwnerId,
        toOwnerId: p.ownerId,
      }));
    default:
      return [];
  }
}

const movesList = (moves: AccountMoves) =>
  moves.ids.map((id, i) => ({
    id,
    name: '',
    fromOwnerId: moves.fromOwnerIds[i]!,
    toOwnerId: moves.ownerIds[i]!,
  }));

/** Where an approval moved one account (null: it did not), without listing all it moved. */
export function ownerMoveOf(
  approval: Approval,
  accountId: string,
): { fromOwnerId: string | null; toOwnerId: string | null } | null {
  if (approval.kind === 'territory' || approval.kind === 'undo') {
    const { moves } = approval.change;
    const at = moves.ids.indexOf(accountId);
    return at < 0 ? null : { fromOwnerId: moves.fromOwnerIds[at]!, toOwnerId: moves.ownerIds[at]! };
  }
  return ownerMoves(approval).find((m) => m.id === accountId) ?? null;
}

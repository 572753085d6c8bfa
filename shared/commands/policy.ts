import { isLargeOrStrategic, type Account } from '../domain/account';
import type { TeamMember } from '../domain/team-member';
import type { PlainMessageKey } from '../i18n/translate';

/** Who acts: a member, or null for the team lead (who decides everything alone). */
export type Actor = Pick<TeamMember, 'id' | 'level' | 'supervisorId'> | null;

/** What the rules say about a change: do it, ask someone first, or not at all (and why). */
export type Verdict =
  | { kind: 'allowed' }
  /** `approverId` null: the team lead decides. */
  | { kind: 'approval'; approverId: string | null }
  | { kind: 'refused'; reason: PlainMessageKey };

export const ALLOWED: Verdict = { kind: 'allowed' };
const refused = (reason: PlainMessageKey): Verdict => ({ kind: 'refused', reason });

/** One account changing hands, with what the seed's rules look at. */
export interface OwnershipMove {
  accountId: string;
  fromOwnerId: string | null;
  toOwnerId: string | null;
  large: boolean;
}

export function ownershipMove(
  before: Pick<Account, 'id' | 'ownerId' | 'segment' | 'strategic'>,
  toOwnerId: string | null,
): OwnershipMove {
  return {
    accountId: before.id,
    fromOwnerId: before.ownerId,
    toOwnerId,
    large: isLargeOrStrategic(before),
  };
}

/** A Junior's decision goes to their Senior; without one it cannot be made at all. */
function juniorAsks(actor: NonNullable<Actor>): Verdict {
  return actor.supervisorId
    ? { kind: 'approval', approverId: actor.supervisorId }
    : refused('policy.refused.noSenior');
}

/**
 * Accounts changing owner — by a reassignment, a territory's rules or owner, a scenario, an
 * account edit, an import or an undo: the lead and Seniors decide alone; a Junior's change
 * goes to their Senior. Only real moves count (a rename that moves nothing is no decision).
 */
export function ownershipVerdict(actor: Actor, moves: readonly OwnershipMove[]): Verdict {
  const real = moves.filter((m) => m.fromOwnerId !== m.toOwnerId);
  if (real.length === 0 || actor === null || actor.level === 'senior') return ALLOWED;
  return juniorAsks(actor);
}

/** The fields of a member that carry authority: nobody sets them on themselves. */
export const AUTHORITY_FIELDS = ['level', 'supervisorId', 'active'] as const;

type MemberFacts = Pick<TeamMember, 'id' | 'level' | 'supervisorId' | 'active'>;

export function authorityChanged(before: MemberFacts | null, after: MemberFacts): boolean {
  return before === null || AUTHORITY_FIELDS.some((field) => before[field] !== after[field]);
}

/**
 * Team records: the lead and Seniors keep the team; a Junior keeps only their own contact
 * details. Nobody changes their own level, supervisor or active state.
 */
export function memberVerdict(
  actor: Actor,
  before: MemberFacts | null,
  after: MemberFacts,
): Verdict {
  const own = actor !== null && actor.id === after.id;
  if (own && authorityChanged(before, after)) return refused('policy.refused.ownAuthority');
  if (actor === null || actor.level === 'senior') return ALLOWED;
  return own ? ALLOWED : refused('policy.refused.juniorTeam');
}

/**
 * Decision authority (Settings): what each level decides alone. A Senior's limits are their
 * own, a Junior's are decided above them — only the team lead changes them.
 */
export function authorityRulesVerdict(actor: Actor): Verdict {
  return actor === null ? ALLOWED : refused('policy.refused.ownLimits');
}

/**
 * Actuals of one member: the lead enters everyone's, a Senior their own and their Juniors',
 * a Junior only their own.
 */
export function actualsVerdict(
  actor: Actor,
  member: Pick<TeamMember, 'id' | 'supervisorId'> | undefined,
): Verdict {
  if (!member) return refused('policy.refused.unknownMember');
  if (actor === null || actor.id === member.id) return ALLOWED;
  if (actor.level === 'senior' && member.supervisorId === actor.id) return ALLOWED;
  return refused('policy.refused.othersActuals');
}

/**
 * Workspace-wide data (accounts, members, territories by import; deleting accounts): the lead
 * and Seniors; a Junior only through the decisions that route to their Senior.
 */
export function teamDataVerdict(actor: Actor): Verdict {
  return actor === null || actor.level === 'senior'
    ? ALLOWED
    : refused('policy.refused.juniorData');
}

/** A decision with no limits attached (a re-classification): a Junior's goes to their Senior. */
export function decisionVerdict(actor: Actor): Verdict {
  return actor === null || actor.level === 'senior' ? ALLOWED : juniorAsks(actor);
}

/**
 * Editing an account's details: its owner, a Senior or the lead. A Junior does not change who
 * owns it here (that is a request: Assign to…) and does not create accounts for others.
 */
export function accountEditVerdict(
  actor: Actor,
  before: Pick<Account, 'ownerId'> | null,
  afterOwnerId: string | null,
): Verdict {
  if (actor === null || actor.level === 'senior') return ALLOWED;
  if (before && before.ownerId !== actor.id) return refused('policy.refused.notYourAccount');
  if ((before?.ownerId ?? actor.id) !== afterOwnerId)
    return refused('policy.refused.ownerByRequest');
  return ALLOWED;
}

/** Settings that are the person's own view of the app (never the team's): anyone changes them. */
export function isPersonalSetting(key: string): boolean {
  return (
    key === 'language' ||
    key === 'csvDialect' ||
    key === 'actingAs' ||
    key.startsWith('importMapping.')
  );
}

/** Who may change a workspace setting: personal ones anyone; authority the lead; the rest Seniors. */
export function settingVerdict(actor: Actor, key: string): Verdict {
  if (isPersonalSetting(key)) return ALLOWED;
  if (key === 'authority') return authorityRulesVerdict(actor);
  return teamDataVerdict(actor);
}

/** The stricter of two verdicts: refused beats approval beats allowed. */
export function stricter(a: Verdict, b: Verdict): Verdict {
  const rank = (v: Verdict) => (v.kind === 'refused' ? 2 : v.kind === 'approval' ? 1 : 0);
  return rank(b) > rank(a) ? b : a;
}

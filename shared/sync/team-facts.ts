import type { AuthorityRules } from '../domain/authority';
import type { Level, TeamMember } from '../domain/team-member';
import type { Actor } from '../commands/policy';

/** What the server knows of each member: what their authority rests on, nothing personal. */
export interface RosterEntry {
  level: Level;
  supervisorId: string | null;
  active: boolean;
}

/**
 * The facts the server's rules need and cannot read from other documents (a validation
 * function sees one document at a time): who is who, and the decision limits. Only the lead
 * writes them (they live in the design document, which only database admins change).
 */
export interface TeamFacts {
  roster: Record<string, RosterEntry>;
  authority: AuthorityRules;
}

export function teamFactsOf(members: readonly TeamMember[], authority: AuthorityRules): TeamFacts {
  const roster: Record<string, RosterEntry> = {};
  for (const m of members) {
    roster[m.id] = { level: m.level, supervisorId: m.supervisorId, active: m.active };
  }
  return { roster, authority };
}

/** Every signed-in person of the team has this role: it opens the database to them. */
export const TEAM_ROLE = 'stp:team';
/** The team lead: database admin (keeps the rules and the roster), decides everything. */
export const LEAD_ROLE = 'stp:lead';
const MEMBER_ROLE = 'stp:member:';

/** The roles of a login: the lead's, or the member it belongs to. */
export function rolesOf(memberId: string | null): string[] {
  return memberId === null ? [TEAM_ROLE, LEAD_ROLE] : [TEAM_ROLE, MEMBER_ROLE + memberId];
}

/** CouchDB's description of who sends a change. */
export interface UserContext {
  name: string | null;
  roles: readonly string[];
}

/** Who a login acts as: the lead, a member of the roster, or nobody the team knows. */
export type ServerPerson = { kind: 'lead' } | { kind: 'member'; actor: NonNullable<Actor> } | null;

export function personOf(user: UserContext, facts: TeamFacts): ServerPerson {
  const roles = user.roles ?? [];
  if (roles.includes('_admin') || roles.includes(LEAD_ROLE)) return { kind: 'lead' };
  const role = roles.find((r) => r.startsWith(MEMBER_ROLE));
  const id = role?.slice(MEMBER_ROLE.length);
  const entry =
    id && Object.prototype.hasOwnProperty.call(facts.roster, id) ? facts.roster[id] : undefined;
  if (!id || !entry || !entry.active) return null;
  return { kind: 'member', actor: { id, level: entry.level, supervisorId: entry.supervisorId } };
}

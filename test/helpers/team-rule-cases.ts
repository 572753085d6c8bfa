import { DEFAULT_AUTHORITY } from '../../shared/domain/authority';
import type { Approval } from '../../shared/domain/approval';
import type { PlainMessageKey } from '../../shared/i18n/translate';
import type { Row } from '../../shared/persistence/table-keys';
import { rolesOf, TEAM_ROLE, type TeamFacts } from '../../shared/sync/team-facts';
import { isTeamTable, teamDocId } from '../../shared/sync/team-documents';

/**
 * The team every server-rule case plays in: Seniors S1 and S2, their Juniors J1 and J2, and X,
 * who has left. "lead" signs in as the team lead; "stranger" has a login but no member.
 */
export const PEOPLE = ['lead', 'S1', 'S2', 'J1', 'J2', 'X', 'stranger'] as const;
export type Person = (typeof PEOPLE)[number];

export const RULE_FACTS: TeamFacts = {
  roster: {
    S1: { level: 'senior', supervisorId: null, active: true },
    S2: { level: 'senior', supervisorId: null, active: true },
    J1: { level: 'junior', supervisorId: 'S1', active: true },
    J2: { level: 'junior', supervisorId: 'S2', active: true },
    X: { level: 'junior', supervisorId: 'S1', active: false },
  },
  authority: DEFAULT_AUTHORITY,
};

/** One write by one person: the row before (null: new) and after (null: deleted). */
export interface RuleCase {
  name: string;
  who: Person;
  table: string;
  before: Row | null;
  after: Row | null;
  /** The refusal (a message key), or null: the server takes it. */
  expect: PlainMessageKey | null;
  /** A document id other than the row's own (a forged id). */
  docId?: string;
  /** The author the document names, when not the person sending it (a forged author). */
  by?: string | null;
}

const member = (id: string, more: Row = {}): Row => {
  const facts = RULE_FACTS.roster[id]!;
  return { id, name: id, email: `${id}@example.com`, ...facts, ...more };
};
const account = (id: string, ownerId: string, more: Row = {}): Row => ({
  id,
  name: `Account ${id}`,
  segment: 'C',
  strategic: false,
  ownerId,
  pinnedOwnerId: null,
  territoryId: null,
  ...more,
});
const actual = (memberId: string, revenueCents = 100_00): Row => ({
  memberId,
  month: '2026-04',
  revenueCents,
});
const plan = (more: Row = {}): Row => ({
  id: 'P1',
  fiscalYear: 2026,
  version: 1,
  state: 'draft',
  teamTargetCents: 1_000_000_00,
  history: [{ at: '2026-01-02T08:00:00.000Z', actorId: null, action: 'created' }],
  ...more,
});
const submitted = (actorId: string, memberId = actorId) => ({
  at: '2026-02-01T08:00:00.000Z',
  actorId,
  action: 'memberSubmitted',
  memberId,
});
const target = (memberId: string, more: Row = {}): Row => ({
  planId: 'P1',
  memberId,
  monthlyCents: Array(12).fill(10_000_00),
  manual: false,
  newBusinessPct: 20,
  seasonality: null,
  signoff: 'open',
  ...more,
});
const request = (more: Partial<Approval> & Row = {}): Row => ({
  id: 'R1',
  kind: 'reassignment',
  change: {
    toMemberId: 'J1',
    accounts: [{ id: 'A9', name: 'A9', fromOwnerId: 'S1', fromPinnedOwnerId: null }],
  },
  state: 'pending',
  requesterId: 'J1',
  approverId: 'S1',
  createdAt: '2026-03-01T08:00:00.000Z',
  decidedAt: null,
  comment: '',
  ...more,
});
const decided = (approverId: string | null, more: Row = {}): Row =>
  request({ state: 'approved', approverId, decidedAt: '2026-03-02T08:00:00.000Z', ...more });
const exception = (requesterId: string, value: number): Row =>
  request({
    id: `E-${requesterId}-${value}`,
    kind: 'exception',
    change: {
      accountId: 'A1',
      accountName: 'A1',
      exception: 'discount',
      value,
      reason: 'competitor',
      revenueEffectCents: -1_000_00,
    },
    requesterId,
    approverId: requesterId,
    state: 'approved',
    decidedAt: '2026-03-01T08:00:00.000Z',
  });

const conflictChoice = (requesterId: string): Row =>
  request({
    id: `C-${requesterId}`,
    kind: 'conflict',
    change: {
      table: 'actuals',
      key: 'A1:2026-03',
      label: 'A1 · 2026-03',
      kept: { by: 'J1', at: '2026-03-01T08:00:00.000Z' },
      dropped: [{ by: 'S1', at: '2026-03-01T09:00:00.000Z' }],
      fields: [{ path: 'revenueCents', kept: 100, dropped: [200] }],
    },
    requesterId,
    approverId: requesterId,
    state: 'approved',
    decidedAt: '2026-03-02T08:00:00.000Z',
  });

const ok = null;

/** role × document kind × change → taken or refused (and why). */
export const RULE_CASES: RuleCase[] = [
  // Team records: the lead and Seniors; a Junior only their own contact details.
  {
    name: 'lead promotes a Junior',
    who: 'lead',
    table: 'members',
    before: member('J1'),
    after: member('J1', { level: 'senior', supervisorId: null }),
    expect: ok,
  },
  {
    name: 'Senior edits another team’s Junior',
    who: 'S1',
    table: 'members',
    before: member('J2'),
    after: member('J2', { email: 'j2@new.example' }),
    expect: ok,
  },
  {
    name: 'Junior edits own email',
    who: 'J1',
    table: 'members',
    before: member('J1'),
    after: member('J1', { email: 'me@new.example' }),
    expect: ok,
  },
  {
    name: 'Junior promotes themself',
    who: 'J1',
    table: 'members',
    before: member('J1'),
    after: member('J1', { level: 'senior', supervisorId: null }),
    expect: 'policy.refused.ownAuthority',
  },
  {
    name: 'Junior writes back their member row unchanged (a refused change taken back)',
    who: 'J1',
    table: 'members',
    before: member('J1'),
    after: member('J1'),
    expect: ok,
  },
  {
    name: 'Junior writes back a Senior’s account unchanged',
    who: 'J1',
    table: 'accounts',
    before: account('A2', 'S1'),
    after: account('A2', 'S1'),
    expect: ok,
  },
  {
    name: 'Senior changes own active state',
    who: 'S1',
    table: 'members',
    before: member('S1'),
    after: member('S1', { active: false }),
    expect: 'policy.refused.ownAuthority',
  },
  {
    name: 'Junior edits another member',
    who: 'J1',
    table: 'members',
    before: member('J2'),
    after: member('J2', { email: 'x@example.com' }),
    expect: 'policy.refused.juniorTeam',
  },
  {
    name: 'Junior adds a member',
    who: 'J1',
    table: 'members',
    before: null,
    after: { id: 'N1', name: 'New', level: 'junior', supervisorId: 'S1', active: true },
    expect: 'policy.refused.juniorTeam',
  },
  {
    name: 'Junior deletes a member',
    who: 'J1',
    table: 'members',
    before: member('J2'),
    after: null,
    expect: 'policy.refused.juniorData',
  },
  // Accounts: owners edit theirs; ownership moves are the lead's and Seniors'.
  {
    name: 'Junior renames own account',
    who: 'J1',
    table: 'accounts',
    before: account('A1', 'J1'),
    after: account('A1', 'J1', { name: 'Renamed' }),
    expect: ok,
  },
  {
    name: 'Junior edits a Senior’s account',
    who: 'J1',
    table: 'accounts',
    before: account('A2', 'S1'),
    after: account('A2', 'S1', { name: 'Mine now' }),
    expect: 'policy.refused.notYourAccount',
  },
  {
    name: 'Junior gives own account away',
    who: 'J1',
    table: 'accounts',
    before: account('A1', 'J1'),
    after: account('A1', 'J2'),
    expect: 'policy.refused.ownerByRequest',
  },
  {
    name: 'Junior takes a Large account',
    who: 'J1',
    table: 'accounts',
    before: account('A3', 'S1', { segment: 'A' }),
    after: account('A3', 'J1', { segment: 'A' }),
    expect: 'policy.refused.notYourAccount',
  },
  {
    name: 'Junior makes own account strategic',
    who: 'J1',
    table: 'accounts',
    before: account('A1', 'J1'),
    after: account('A1', 'J1', { strategic: true }),
    expect: ok,
  },
  {
    name: 'Senior hands a Large account to their Junior (the approved request)',
    who: 'S1',
    table: 'accounts',
    before: account('A3', 'S1', { segment: 'A' }),
    after: account('A3', 'J1', { segment: 'A' }),
    expect: ok,
  },
  {
    name: 'Junior adds an account of their own',
    who: 'J1',
    table: 'accounts',
    before: null,
    after: account('A4', 'J1'),
    expect: ok,
  },
  {
    name: 'Junior adds an account for someone else',
    who: 'J1',
    table: 'accounts',
    before: null,
    after: account('A5', 'S1'),
    expect: 'policy.refused.ownerByRequest',
  },
  {
    name: 'Junior deletes own account',
    who: 'J1',
    table: 'accounts',
    before: account('A1', 'J1'),
    after: null,
    expect: 'policy.refused.juniorData',
  },
  {
    name: 'lead deletes an account',
    who: 'lead',
    table: 'accounts',
    before: account('A1', 'J1'),
    after: null,
    expect: ok,
  },
  // Territories: the lead and Seniors.
  {
    name: 'Senior edits a territory',
    who: 'S2',
    table: 'territories',
    before: { id: 'T1', name: 'Nord', ownerId: 'S2', rules: [] },
    after: { id: 'T1', name: 'Nord-Ost', ownerId: 'S2', rules: [] },
    expect: ok,
  },
  {
    name: 'Junior edits a territory',
    who: 'J1',
    table: 'territories',
    before: { id: 'T1', name: 'Nord', ownerId: 'J1', rules: [] },
    after: { id: 'T1', name: 'Nord', ownerId: 'J1', rules: [{ prefix: '2' }] },
    expect: 'policy.refused.juniorData',
  },
  // Actuals: own; a Senior also their Juniors'; the lead everyone's.
  {
    name: 'Junior records own actuals',
    who: 'J1',
    table: 'actuals',
    before: null,
    after: actual('J1'),
    expect: ok,
  },
  {
    name: 'Junior records another’s actuals',
    who: 'J1',
    table: 'actuals',
    before: null,
    after: actual('J2'),
    expect: 'policy.refused.othersActuals',
  },
  {
    name: 'Senior corrects their Junior’s actuals',
    who: 'S1',
    table: 'actuals',
    before: actual('J1'),
    after: actual('J1', 200_00),
    expect: ok,
  },
  {
    name: 'Senior corrects another Senior’s Junior',
    who: 'S1',
    table: 'actuals',
    before: actual('J2'),
    after: actual('J2', 200_00),
    expect: 'policy.refused.othersActuals',
  },
  {
    name: 'actuals of nobody on the team',
    who: 'S1',
    table: 'actuals',
    before: null,
    after: actual('Z9'),
    expect: 'policy.refused.unknownMember',
  },
  {
    name: 'lead deletes a Junior’s actuals',
    who: 'lead',
    table: 'actuals',
    before: actual('J2'),
    after: null,
    expect: ok,
  },
  {
    name: 'member who left records actuals',
    who: 'X',
    table: 'actuals',
    before: null,
    after: actual('X'),
    expect: 'sync.refused.notOnTeam',
  },
  {
    name: 'login without a member',
    who: 'stranger',
    table: 'actuals',
    before: null,
    after: actual('J1'),
    expect: 'sync.refused.notOnTeam',
  },
  // Settings: authority the lead's, the rest the Seniors'; personal ones never on the server.
  {
    name: 'lead changes decision authority',
    who: 'lead',
    table: 'settings',
    before: null,
    after: { key: 'authority', value: DEFAULT_AUTHORITY },
    expect: ok,
  },
  {
    name: 'Senior raises the limits',
    who: 'S1',
    table: 'settings',
    before: null,
    after: { key: 'authority', value: DEFAULT_AUTHORITY },
    expect: 'policy.refused.ownLimits',
  },
  {
    name: 'Senior sets visit weights',
    who: 'S1',
    table: 'settings',
    before: null,
    after: { key: 'segmentWeights', value: { A: 12, B: 6, C: 2 } },
    expect: ok,
  },
  {
    name: 'Junior sets visit weights',
    who: 'J1',
    table: 'settings',
    before: null,
    after: { key: 'segmentWeights', value: { A: 1, B: 1, C: 1 } },
    expect: 'policy.refused.juniorData',
  },
  {
    name: 'a personal setting',
    who: 'lead',
    table: 'settings',
    before: null,
    after: { key: 'language', value: 'de' },
    expect: 'sync.refused.personal',
  },
  // Plans: the lead and Seniors; a Junior only hands in their own part.
  {
    name: 'Senior sets the team target',
    who: 'S1',
    table: 'plans',
    before: plan(),
    after: plan({ teamTargetCents: 2_000_000_00 }),
    expect: ok,
  },
  {
    name: 'Junior sets the team target',
    who: 'J1',
    table: 'plans',
    before: plan(),
    after: plan({ teamTargetCents: 1 }),
    expect: 'plans.error.juniorSettings',
  },
  {
    name: 'Junior hands in their part (history)',
    who: 'J1',
    table: 'plans',
    before: plan(),
    after: plan({ history: [...(plan().history as unknown[]), submitted('J1')] }),
    expect: ok,
  },
  {
    name: 'Junior writes history in a Senior’s name',
    who: 'J1',
    table: 'plans',
    before: plan(),
    after: plan({ history: [...(plan().history as unknown[]), submitted('S1', 'J1')] }),
    expect: 'plans.error.juniorSettings',
  },
  {
    name: 'Junior rewrites the plan’s history',
    who: 'J1',
    table: 'plans',
    before: plan(),
    after: plan({ history: [submitted('J1')] }),
    expect: 'plans.error.juniorSettings',
  },
  {
    name: 'Junior creates a plan',
    who: 'J1',
    table: 'plans',
    before: null,
    after: plan({ id: 'P2' }),
    expect: 'plans.error.juniorSettings',
  },
  {
    name: 'Junior edits own open part',
    who: 'J1',
    table: 'planTargets',
    before: target('J1'),
    after: target('J1', { newBusinessPct: 30 }),
    expect: ok,
  },
  {
    name: 'Junior submits own part',
    who: 'J1',
    table: 'planTargets',
    before: target('J1', { signoff: 'returned' }),
    after: target('J1', { signoff: 'submitted' }),
    expect: ok,
  },
  {
    name: 'Junior edits another’s part',
    who: 'J1',
    table: 'planTargets',
    before: target('J2'),
    after: target('J2', { newBusinessPct: 5 }),
    expect: 'plans.error.onlyOwnPart',
  },
  {
    name: 'Junior approves own part',
    who: 'J1',
    table: 'planTargets',
    before: target('J1', { signoff: 'submitted' }),
    after: target('J1', { signoff: 'approved' }),
    expect: 'plans.error.alreadySubmitted',
  },
  {
    name: 'Junior sets own open part approved',
    who: 'J1',
    table: 'planTargets',
    before: target('J1'),
    after: target('J1', { signoff: 'approved' }),
    expect: 'plans.error.onlyOwnPart',
  },
  {
    name: 'Senior approves their Junior’s part',
    who: 'S1',
    table: 'planTargets',
    before: target('J1', { signoff: 'submitted' }),
    after: target('J1', { signoff: 'approved' }),
    expect: ok,
  },
  // The audit trail: requests in one's own name, decided once by their approver.
  {
    name: 'Junior asks their Senior',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: request(),
    expect: ok,
  },
  {
    name: 'Junior asks the team lead',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: request({ approverId: null }),
    expect: ok,
  },
  {
    name: 'Junior sends a request to themself',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: request({ approverId: 'J1' }),
    expect: 'sync.refused.wrongApprover',
  },
  {
    name: 'Junior sends a request to another Senior',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: request({ approverId: 'S2' }),
    expect: 'sync.refused.wrongApprover',
  },
  {
    name: 'Junior files a request in a Senior’s name',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: request({ requesterId: 'S1' }),
    expect: 'sync.refused.notRequester',
  },
  {
    name: 'Junior records an exception inside their limits',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: exception('J1', 5),
    expect: ok,
  },
  {
    name: 'Junior records an exception over their limits',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: exception('J1', 6),
    expect: 'sync.refused.needsApproval',
  },
  {
    name: 'Senior records an exception over theirs',
    who: 'S1',
    table: 'approvals',
    before: null,
    after: exception('S1', 16),
    expect: 'sync.refused.needsApproval',
  },
  {
    name: 'Junior records a reassignment as decided',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: decided('J1'),
    expect: 'sync.refused.needsApproval',
  },
  {
    name: 'Junior records which version of a conflict they kept',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: conflictChoice('J1'),
    expect: ok,
  },
  {
    name: 'Junior records a conflict choice in a Senior’s name',
    who: 'J1',
    table: 'approvals',
    before: null,
    after: conflictChoice('S1'),
    expect: 'sync.refused.notRequester',
  },
  {
    name: 'Senior records own reassignment',
    who: 'S1',
    table: 'approvals',
    before: null,
    after: decided('S1', { requesterId: 'S1' }),
    expect: ok,
  },
  {
    name: 'Senior approves their Junior’s request',
    who: 'S1',
    table: 'approvals',
    before: request(),
    after: decided('S1', { comment: 'fine' }),
    expect: ok,
  },
  {
    name: 'another Senior approves it',
    who: 'S2',
    table: 'approvals',
    before: request(),
    after: decided('S2'),
    expect: 'approvals.notYours',
  },
  {
    name: 'Junior approves own request',
    who: 'J1',
    table: 'approvals',
    before: request(),
    after: decided('J1'),
    expect: 'approvals.notYours',
  },
  {
    name: 'Senior approves in another’s name',
    who: 'S1',
    table: 'approvals',
    before: request(),
    after: decided('S2'),
    expect: 'approvals.notYours',
  },
  {
    name: 'lead decides any request',
    who: 'lead',
    table: 'approvals',
    before: request(),
    after: decided('S1', { state: 'rejected' }),
    expect: ok,
  },
  {
    name: 'approver changes what was asked',
    who: 'S1',
    table: 'approvals',
    before: request(),
    after: decided('S1', { change: { toMemberId: 'S1', accounts: [] } }),
    expect: 'sync.refused.auditKept',
  },
  {
    name: 'decision rewritten later',
    who: 'S1',
    table: 'approvals',
    before: decided('S1'),
    after: decided('S1', { comment: 'changed my mind' }),
    expect: 'sync.refused.auditKept',
  },
  {
    name: 'request taken back to pending',
    who: 'lead',
    table: 'approvals',
    before: decided('S1'),
    after: request(),
    expect: 'sync.refused.auditKept',
  },
  {
    name: 'lead deletes an audit entry',
    who: 'lead',
    table: 'approvals',
    before: decided('S1'),
    after: null,
    expect: 'sync.refused.auditKept',
  },
  // Authorship: the server takes a change only in the sender's own name.
  {
    name: 'Junior signs a change with their Senior’s name',
    who: 'J1',
    table: 'actuals',
    before: null,
    after: actual('J1'),
    by: 'S1',
    expect: 'sync.refused.wrongAuthor',
  },
  {
    name: 'Senior signs a change as the lead',
    who: 'S1',
    table: 'territories',
    before: null,
    after: { id: 'T2', name: 'Süd', ownerId: 'S1', rules: [] },
    by: null,
    expect: 'sync.refused.wrongAuthor',
  },
  // Documents outside the team's data.
  {
    name: 'a scenario draft',
    who: 'S1',
    table: 'scenarios',
    before: null,
    after: { id: 'SC1', name: 'Draft' },
    expect: 'sync.refused.notTeamData',
  },
  {
    name: 'a row under another row’s id',
    who: 'J1',
    table: 'actuals',
    before: null,
    after: actual('J1'),
    docId: 'actuals:J2:2026-04',
    expect: 'sync.refused.notTeamData',
  },
];

/** The document id of a case's row (team tables by the app's scheme, others by hand). */
export function caseDocId(c: RuleCase): string {
  if (c.docId) return c.docId;
  const row = (c.after ?? c.before)!;
  return isTeamTable(c.table) ? teamDocId(c.table, row) : `${c.table}:${String(row.id)}`;
}

/** The author a case's document names: its own, or the sender (the lead writes as null). */
export function caseAuthor(c: RuleCase): string | null {
  return c.by !== undefined ? c.by : c.who === 'lead' ? null : c.who;
}

/** The login's roles of each person (the stranger has a login, but no member). */
export function rolesOfPerson(who: Person): string[] {
  if (who === 'lead') return rolesOf(null);
  if (who === 'stranger') return [TEAM_ROLE];
  return rolesOf(who);
}

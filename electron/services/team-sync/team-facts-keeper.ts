import { DEFAULT_AUTHORITY, type AuthorityRules } from '../../../shared/domain/authority';
import type { TeamMember } from '../../../shared/domain/team-member';
import { teamFactsOf, type TeamFacts } from '../../../shared/sync/team-facts';
import { withTeamFacts } from '../team-server/rules-facts';
import { RULES_DOC_ID } from '../team-server/team-setup';
import type { TeamReplica } from './team-replica';

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * The server's rules know the roster and the decision limits (a validation function sees one
 * document at a time). After the lead's syncs, this compares them with the team's members and
 * limits as they now stand and, where they differ, writes the rules again with the new facts —
 * so a new member can sync, and a promoted Junior decides alone, without rerunning the setup.
 * Returns whether it wrote.
 */
export async function keepTeamFacts(
  replica: TeamReplica,
  server: { url: string; database: string; fetch: Fetch },
): Promise<boolean> {
  const design = await replica.document(RULES_DOC_ID);
  const source = design?.validate_doc_update;
  if (!design || typeof source !== 'string') return false;
  const members = (await replica.rowsOf('members')) as unknown as TeamMember[];
  // No members on the server yet (nothing published): the setup's roster stands.
  if (members.length === 0) return false;
  const authority = (await replica.rowsOf('settings')).find((row) => row.key === 'authority');
  const facts: TeamFacts = teamFactsOf(
    members,
    (authority?.value as AuthorityRules | undefined) ?? DEFAULT_AUTHORITY,
  );
  if (JSON.stringify(facts) === JSON.stringify(design.team)) return false;
  const next = withTeamFacts(source, facts);
  if (!next) return false;
  const response = await server.fetch(
    `${server.url}/${encodeURIComponent(server.database)}/${RULES_DOC_ID}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...design, validate_doc_update: next, team: facts }),
    },
  );
  // Another lead's laptop wrote them meanwhile (409): the next sync compares again.
  if (!response.ok && response.status !== 409)
    throw new Error(`The team server did not take the new rules: ${response.status}`);
  return response.ok;
}

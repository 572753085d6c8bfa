import { LEAD_ROLE, rolesOf, TEAM_ROLE, type TeamFacts } from '../../../shared/sync/team-facts';
import { couchRequest, ensureDatabase, ensureDocument, type CouchServer } from './couch-admin';
import { validateFunctionSource } from './rules-source';

export const RULES_DOC_ID = '_design/team-rules';

/** What one run of the setup did (it can run again at any time: it only adds what is missing). */
export interface SetupReport {
  createdDatabases: string[];
  rules: 'created' | 'updated' | 'unchanged';
  lead: 'created' | 'updated' | 'unchanged';
}

export interface SetupOptions {
  server: CouchServer;
  database: string;
  lead: { name: string; password: string };
  facts: TeamFacts;
}

/**
 * Makes a CouchDB server ready for a team: the system databases a fresh single node lacks, the
 * team's database open only to the team (the lead as its admin), the rules as its validation
 * function, and the lead's login.
 */
export async function setupTeamServer(options: SetupOptions): Promise<SetupReport> {
  const { server, database } = options;
  const createdDatabases: string[] = [];
  for (const name of ['_users', '_replicator', database]) {
    if (await ensureDatabase(server, name)) createdDatabases.push(name);
  }
  await couchRequest(server, 'PUT', `${encodeURIComponent(database)}/_security`, {
    admins: { names: [], roles: [LEAD_ROLE] },
    members: { names: [], roles: [TEAM_ROLE] },
  });
  const rules = await putTeamFacts(server, database, options.facts);
  const lead = await ensureLogin(server, options.lead.name, options.lead.password, null);
  return { createdDatabases, rules, lead };
}

/**
 * The rules with the team's current roster and limits: the lead writes them again whenever
 * a member's level, Senior or active state or the decision limits change.
 */
export async function putTeamFacts(
  server: CouchServer,
  database: string,
  facts: TeamFacts,
): Promise<'created' | 'updated' | 'unchanged'> {
  const source = await validateFunctionSource(facts);
  return ensureDocument(server, `${encodeURIComponent(database)}/${RULES_DOC_ID}`, (stored) =>
    stored?.validate_doc_update === source
      ? null
      : { _id: RULES_DOC_ID, validate_doc_update: source, team: facts },
  );
}

/**
 * A login for the lead (member null) or a member. The password is set when the login is
 * created (an existing one keeps its own); the roles always follow the member it belongs to.
 */
export async function ensureLogin(
  server: CouchServer,
  name: string,
  password: string,
  memberId: string | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const roles = rolesOf(memberId);
  const id = `org.couchdb.user:${name}`;
  return ensureDocument(server, `_users/${encodeURIComponent(id)}`, (stored) => {
    if (!stored) return { _id: id, name, type: 'user', roles, password };
    return JSON.stringify(stored.roles) === JSON.stringify(roles) ? null : { roles };
  });
}

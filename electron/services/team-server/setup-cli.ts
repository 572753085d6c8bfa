import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { DEFAULT_AUTHORITY, type AuthorityRules } from '@shared/domain/authority';
import type { TeamMember } from '@shared/domain/team-member';
import { teamFactsOf, type TeamFacts } from '@shared/sync/team-facts';
import { readWorkspaceFile } from '../persistence/workspace-file';
import { CouchRequestError } from './couch-admin';
import { ensureLogin, setupTeamServer } from './team-setup';

const USAGE = `npm run team-server:setup -- --url URL --admin USER [options]

Makes a CouchDB 3 server ready for the team (it can run again at any time; it only adds or
updates what is missing or out of date):
  --url URL            the server, e.g. https://couch.example.com:6984
  --admin USER         a server admin (password from TEAM_SERVER_ADMIN_PASSWORD, or asked)
  --database NAME      the team's database (default: sales-team)
  --lead NAME          the team lead's login (default: lead; password from
                       TEAM_SERVER_LEAD_PASSWORD, or asked; an existing login keeps its own)
  --workspace FILE     a .stplan workspace: the server's rules learn its members and limits
  --member LOGIN=ID    a login for the member with this id (repeatable); a new login gets a
                       password printed once, to be changed at the first sign-in
`;

export interface SetupArgs {
  url: string;
  admin: string;
  database: string;
  lead: string;
  workspace: string | null;
  members: Array<{ login: string; memberId: string }>;
}

/** The command line, or a message saying what is wrong with it. */
export function parseSetupArgs(argv: string[]): SetupArgs | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        admin: { type: 'string' },
        database: { type: 'string', default: 'sales-team' },
        lead: { type: 'string', default: 'lead' },
        workspace: { type: 'string' },
        member: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { error: '' };
  if (!values.url || !values.admin) return { error: '--url and --admin are needed.' };
  try {
    new URL(values.url);
  } catch {
    return { error: `Not a URL: ${values.url}` };
  }
  // CouchDB's rule for database names.
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(values.database))
    return { error: `Not a CouchDB database name: ${values.database}` };
  const members = [];
  for (const pair of values.member) {
    const [login, memberId] = pair.split('=');
    if (!login || !memberId) return { error: `--member wants LOGIN=MEMBER_ID, not ${pair}` };
    members.push({ login, memberId });
  }
  return {
    url: values.url,
    admin: values.admin,
    database: values.database,
    lead: values.lead,
    workspace: values.workspace ?? null,
    members,
  };
}

/** The team's facts from a workspace file, or none yet (the lead publishes them later). */
async function factsFrom(file: string | null): Promise<TeamFacts> {
  if (!file) return teamFactsOf([], DEFAULT_AUTHORITY);
  const { tables } = await readWorkspaceFile({ readFile: (p) => readFile(p) }, file);
  const authority = tables.settings.find((row) => row.key === 'authority')?.value;
  return teamFactsOf(
    tables.members as unknown as TeamMember[],
    (authority as AuthorityRules | undefined) ?? DEFAULT_AUTHORITY,
  );
}

async function secret(variable: string, question: string): Promise<string> {
  const given = process.env[variable];
  if (given) return given;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseSetupArgs(argv);
  if ('error' in args) {
    if (args.error) console.error(args.error);
    console.log(USAGE);
    return args.error ? 2 : 0;
  }
  const facts = await factsFrom(args.workspace);
  const password = await secret('TEAM_SERVER_ADMIN_PASSWORD', `Password of ${args.admin}: `);
  const leadPassword = await secret(
    'TEAM_SERVER_LEAD_PASSWORD',
    `Password for the lead's login ${args.lead} (kept if it exists): `,
  );
  const server = { url: args.url, username: args.admin, password };
  try {
    const report = await setupTeamServer({
      server,
      database: args.database,
      lead: { name: args.lead, password: leadPassword },
      facts,
    });
    console.log(
      `Databases created: ${report.createdDatabases.join(', ') || 'none'}; rules ${report.rules}` +
        ` (${Object.keys(facts.roster).length} members); lead login ${report.lead}.`,
    );
    for (const { login, memberId } of args.members) {
      if (!(memberId in facts.roster) && args.workspace)
        console.warn(`${memberId} is not a member of the workspace; ${login} will be refused.`);
      const temporary = randomBytes(9).toString('base64url');
      const done = await ensureLogin(server, login, temporary, memberId);
      console.log(
        done === 'created'
          ? `Login ${login} for ${memberId}: temporary password ${temporary}`
          : `Login ${login} for ${memberId}: ${done}`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof CouchRequestError)) throw error;
    console.error(
      error.status === 401
        ? 'The server did not accept the admin name or password.'
        : `The server refused: ${error.message}`,
    );
    return 1;
  }
}

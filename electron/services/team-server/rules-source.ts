import path from 'node:path';
import { rolldown } from 'rolldown';
import type { TeamFacts } from '../../../shared/sync/team-facts';
import { factsLine } from './rules-facts';

// The project folder: `npm run` and the test runners start there (the app never bundles rules).
const ENTRY = path.resolve('shared/sync/validate-team-write.ts');
const GLOBAL = 'SalesTeamRules';

let bundled: Promise<string> | null = null;

/**
 * The policy table and the checks built on it, bundled into one script for CouchDB's query
 * server (no modules there): the server runs the very functions the app's commands ask.
 */
function rulesBundle(): Promise<string> {
  bundled ??= (async () => {
    const build = await rolldown({ input: ENTRY, logLevel: 'silent', treeshake: true });
    try {
      const { output } = await build.generate({ format: 'iife', name: GLOBAL });
      return output[0].code;
    } finally {
      await build.close();
    }
  })();
  return bundled;
}

/**
 * The `validate_doc_update` function of the team database: the bundled rules and the team's
 * facts (roster and limits, which a validation function cannot read from other documents).
 */
export async function validateFunctionSource(facts: TeamFacts): Promise<string> {
  return [
    'function (newDoc, oldDoc, userCtx, secObj) {',
    factsLine(facts),
    await rulesBundle(),
    `  ${GLOBAL}.validateTeamWrite(newDoc, oldDoc || null, userCtx, TEAM_FACTS);`,
    '}',
  ].join('\n');
}

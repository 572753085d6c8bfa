import type { TeamFacts } from '../../../shared/sync/team-facts';

/** The line of the validation function that holds the team's facts (see rules-source). */
const FACTS_LINE = /^ {2}var TEAM_FACTS = .*;$/m;

export function factsLine(facts: TeamFacts): string {
  return `  var TEAM_FACTS = ${JSON.stringify(facts)};`;
}

/**
 * The validation function with other facts: only the facts line changes, so the lead's app
 * keeps the rules current without a bundler (the rules' code is what the setup installed).
 * Null when the source has no facts line (not ours).
 */
export function withTeamFacts(source: string, facts: TeamFacts): string | null {
  if (!FACTS_LINE.test(source)) return null;
  return source.replace(FACTS_LINE, () => factsLine(facts));
}

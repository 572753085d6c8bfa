import { describe, expect, it } from 'vitest';
import { withTeamFacts } from '../../../../electron/services/team-server/rules-facts';
import { validateFunctionSource } from '../../../../electron/services/team-server/rules-source';
import { RULE_FACTS } from '../../../helpers/team-rule-cases';

describe('the rules with other facts', () => {
  it('equal the rules built afresh with those facts: only the facts line changes', async () => {
    const promoted = {
      ...RULE_FACTS,
      roster: {
        ...RULE_FACTS.roster,
        J1: { level: 'senior' as const, supervisorId: null, active: true },
        // Replacement patterns in an id stay literal.
        "N$&1'": { level: 'junior' as const, supervisorId: 'S1', active: true },
      },
    };
    const installed = await validateFunctionSource(RULE_FACTS);
    expect(withTeamFacts(installed, promoted)).toBe(await validateFunctionSource(promoted));
  });

  it('leave a validation function that is not the team’s alone', () => {
    expect(withTeamFacts('function (newDoc) { throw {forbidden: "no"}; }', RULE_FACTS)).toBeNull();
  });
});

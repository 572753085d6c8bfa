import { useMemo } from 'react';
import type { Account } from '@shared/domain/account';
import { compareAssignments, type Comparison } from '@shared/scenario/compare';
import {
  liveAssignment,
  scenarioAssignment,
  type Assignment,
  type Scenario,
} from '@shared/scenario/scenario';
import type { SegmentWeights } from '@shared/territory/balance';

export interface ScenarioComparison extends Comparison {
  /** The side compared with (live or another scenario): "before". */
  base: Assignment;
  /** The open scenario: "after". */
  scenario: Assignment;
}

/**
 * The open scenario against the live assignment or another scenario: every account placed by
 * both, once per change of either (about a tenth of a second for 250,000 accounts).
 */
export function useComparison(
  accounts: readonly Account[],
  version: number,
  scenario: Scenario,
  other: Scenario | null,
  weights: SegmentWeights,
): ScenarioComparison {
  return useMemo(() => {
    const base = other ? scenarioAssignment(accounts, other) : liveAssignment(accounts);
    const placed = scenarioAssignment(accounts, scenario);
    return { ...compareAssignments(accounts, base, placed, weights), base, scenario: placed };
    // The accounts array is updated in place (its version says when it changed), and a scenario
    // read again from the database is the same scenario until its updatedAt changes.
  }, [version, scenario.id, scenario.updatedAt, other?.id, other?.updatedAt, weights]); // eslint-disable-line react-hooks/exhaustive-deps
}

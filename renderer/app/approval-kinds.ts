import { registerApprovalKind } from '../commands/approval-kinds';
import { reassignCommand } from '../features/accounts/reassign-command';
import { classifyCommand } from '../features/market/classification';
import { applyScenarioCommand } from '../features/scenarios/scenario-repository';
import { changeTerritoryCommand } from '../features/territories/territory-commands';

/**
 * The one place where each kind of request meets the command that applies it once approved
 * (checked again against the data it meets). Kinds not listed change nothing beyond their own
 * decision (plan parts are decided on the plan; exceptions are the decision).
 */
export function registerApprovalKinds(): void {
  registerApprovalKind('reassignment', (change) =>
    reassignCommand(
      change.accounts.map((a) => a.id),
      change.toMemberId,
      change,
    ),
  );
  registerApprovalKind('territory', (change) => changeTerritoryCommand(change, true));
  registerApprovalKind('scenario', (change) => applyScenarioCommand(change, true));
  registerApprovalKind('classification', (change) => classifyCommand(change, true));
}

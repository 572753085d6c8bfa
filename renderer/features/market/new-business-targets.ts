import type { Account } from '@shared/domain/account';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import { applyEdits, type TargetEdit } from '@shared/planning/plan-model';
import { mayEditTarget, type Actor } from '@shared/planning/plan-workflow';
import { db } from '@renderer/db/db';
import type { Command } from '@renderer/commands/command';
import { editPlanCommand } from '../plans/plan-commands';

export type TargetingResult =
  | { kind: 'raised'; plan: SalesPlan; members: number; skipped: number; command: Command }
  | { kind: 'unchanged'; plan: SalesPlan; skipped: number }
  | { kind: 'no-draft' };

/** The draft plan new-business targets go into: this fiscal year's, else next year's. */
export async function draftPlanFor(fiscalYear: number) {
  const drafts = (await db.plans.where('state').equals('draft').toArray())
    .filter((p) => p.fiscalYear === fiscalYear || p.fiscalYear === fiscalYear + 1)
    .sort((a, b) => a.fiscalYear - b.fiscalYear || b.version - a.version);
  return drafts[0] ?? null;
}

/**
 * Makes accounts new-business targets in the sales plan being drafted (this fiscal year's,
 * else next year's): each owner's new-business share rises, where needed, until it covers the
 * potential of their targeted accounts. Only what the actor may edit changes (a Junior: their
 * own part); approved plans are never touched. Returns the command that writes it.
 */
export async function markNewBusinessTargets(
  accounts: readonly Pick<Account, 'ownerId' | 'potentialCents'>[],
  actor: Actor,
  fiscalYear: number,
): Promise<TargetingResult> {
  const plan = await draftPlanFor(fiscalYear);
  if (!plan) return { kind: 'no-draft' };
  const targets: PlanTarget[] = await db.planTargets.where('planId').equals(plan.id).toArray();
  const byMember = new Map(targets.map((t) => [t.memberId, t]));
  const potential = new Map<string, number>();
  for (const account of accounts) {
    if (!account.ownerId) continue;
    potential.set(account.ownerId, (potential.get(account.ownerId) ?? 0) + account.potentialCents);
  }
  const edits: TargetEdit[] = [];
  let skipped = 0;
  for (const [memberId, cents] of potential) {
    const target = byMember.get(memberId);
    if (!target || !mayEditTarget(plan, target, actor)) {
      skipped += 1;
      continue;
    }
    const annual = target.monthlyCents.reduce((a, b) => a + b, 0);
    const pct = annual > 0 ? Math.min(100, Math.ceil((100 * cents) / annual)) : 100;
    if (pct > target.newBusinessPct) edits.push({ kind: 'newPct', memberId, pct });
  }
  if (edits.length === 0) return { kind: 'unchanged', plan, skipped };
  const after = { plan, targets: applyEdits(plan, targets, edits) };
  // Written by the plan's own command: checked for the actor again, undoable, one transaction.
  const command = editPlanCommand(after, 'market.undo.targets');
  return { kind: 'raised', plan, members: edits.length, skipped, command };
}

import { useMemo, useState } from 'react';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import type { MessageKey } from '@shared/i18n/messages.en';
import { storedFigures, type PlanAllocation } from '@shared/planning/allocate';
import { reallocate, type MemberBases, type PlanMember } from '@shared/planning/plan-model';
import { useAfterPaint } from '@renderer/app/after-paint';
import { useCommand } from '@renderer/app/use-command';
import { useAppStore } from '@renderer/store/app-store';
import { editPlanCommand, type PlanSnapshot } from './plan-commands';

const sameTargets = (a: readonly PlanTarget[], b: readonly PlanTarget[]) =>
  a.length === b.length && a.every((t, i) => JSON.stringify(t) === JSON.stringify(b[i]));

/**
 * The plan on screen: what is stored, or — for the moment between a change and its write —
 * the changed version, so an edit shows at once. Every change re-allocates a draft and is
 * undoable.
 */
export function usePlanEditor(
  plan: SalesPlan | null,
  liveTargets: PlanTarget[] | undefined,
  members: readonly PlanMember[],
  bases: ReadonlyMap<string, MemberBases>,
  /** Whether an edit re-allocates the others' targets (not when a Junior edits their own). */
  reallocateOthers = true,
) {
  const run = useCommand();
  const [pending, setPending] = useState<PlanSnapshot | null>(null);
  // Undo and redo show what is stored from then on, not a change still on its way (adjusting
  // state while rendering, as for the alias below).
  const historySteps = useAppStore((s) => s.historySteps);
  const [seenSteps, setSeenSteps] = useState(historySteps);
  if (seenSteps !== historySteps) {
    setSeenSteps(historySteps);
    setPending(null);
  }

  const order = useMemo(() => new Map(members.map((m, i) => [m.id, i])), [members]);
  const stored = useMemo<PlanSnapshot | null>(
    () =>
      plan && liveTargets
        ? {
            plan,
            targets: [...liveTargets].sort(
              (a, b) => (order.get(a.memberId) ?? 1e9) - (order.get(b.memberId) ?? 1e9),
            ),
          }
        : null,
    [plan, liveTargets, order],
  );
  // Once the stored plan has caught up with the change, drop the pending one (adjusting state
  // while rendering, as React recommends over an effect) — but keep showing its objects, which
  // hold the same numbers, so nothing is computed or painted a second time.
  const [alias, setAlias] = useState<{ stored: PlanSnapshot; shown: PlanSnapshot } | null>(null);
  if (
    pending &&
    stored &&
    JSON.stringify(stored.plan) === JSON.stringify(pending.plan) &&
    sameTargets(stored.targets, pending.targets)
  ) {
    setPending(null);
    setAlias({ stored, shown: pending });
  }
  const settled = alias && alias.stored === stored ? alias.shown : stored;
  const current = pending && pending.plan.id === plan?.id ? pending : settled;
  const rampSource = useAfterPaint(current);

  /** Exactly the stored numbers, with their new/existing split. */
  const shown = useMemo<PlanAllocation | null>(
    () => (current ? storedFigures(current.targets, current.plan.teamTargetCents) : null),
    [current],
  );
  /** What the settings imply for ramps (the shown numbers already include it); worked out
   * after the edit is painted, as it re-allocates the whole plan. */
  const ramp = useMemo(
    () =>
      rampSource && rampSource.plan.state === 'draft'
        ? reallocate(rampSource.plan, rampSource.targets, members, bases).allocation
        : null,
    [rampSource, members, bases],
  );

  /** Writes a change (re-allocating a draft first) through the plan's command (undoable). */
  const change = async (
    next: PlanSnapshot,
    label: MessageKey,
    labelParams?: Record<string, string | number>,
    allocate = true,
  ): Promise<boolean> => {
    if (!current) return false;
    const after =
      allocate && reallocateOthers && next.plan.state === 'draft'
        ? { plan: next.plan, targets: reallocate(next.plan, next.targets, members, bases).targets }
        : next;
    // The new numbers are on screen at once; the command's reads let the frame paint before
    // its rows are serialised, and Ctrl+Z meanwhile waits for it (commandsSettled).
    setPending(after);
    const outcome = await run(editPlanCommand(after, label, labelParams));
    if (outcome?.kind === 'applied') return true;
    setPending(null);
    return false;
  };

  return { current, shown, ramp, change };
}

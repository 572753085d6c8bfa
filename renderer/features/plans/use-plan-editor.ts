import { useMemo, useState } from 'react';
import type { PlanTarget, SalesPlan } from '../../../shared/domain/plan';
import type { MessageKey } from '../../../shared/i18n/messages.en';
import { storedFigures, type PlanAllocation } from '../../../shared/planning/allocate';
import { reallocate, type MemberBases, type PlanMember } from '../../../shared/planning/plan-model';
import { afterPaint, useAfterPaint } from '../../app/after-paint';
import { saveFailureText } from '../../db/storage-errors';
import { useI18n } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';
import { changePlan, type PlanSnapshot } from './plan-repository';

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
) {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const record = useAppStore((s) => s.record);
  const [pending, setPending] = useState<PlanSnapshot | null>(null);

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

  /** Writes a change (re-allocating a draft first) and records it for undo. */
  const change = async (
    next: PlanSnapshot,
    label: MessageKey,
    labelParams?: Record<string, string | number>,
    allocate = true,
  ): Promise<boolean> => {
    if (!current) return false;
    const after =
      allocate && next.plan.state === 'draft'
        ? { plan: next.plan, targets: reallocate(next.plan, next.targets, members, bases).targets }
        : next;
    setPending(after);
    // The new numbers are on screen first; serialising 500 rows can wait a frame. The change
    // is undoable at once (Ctrl+Z right after an edit undoes that edit), once it is written.
    const { written, undoable } = changePlan(current, after, afterPaint(), label, labelParams);
    // Undo and redo show what is stored from then on, not this change's numbers.
    record({
      ...undoable,
      undo: () => {
        setPending(null);
        return undoable.undo();
      },
      redo: () => {
        setPending(null);
        return undoable.redo();
      },
    });
    try {
      await written;
      return true;
    } catch (error) {
      setPending(null);
      notify(saveFailureText(error, t), 'error');
      return false;
    }
  };

  return { current, shown, ramp, change };
}

import { useMemo, useState } from 'react';
import type { PlanTarget, SalesPlan } from '../../../shared/domain/plan';
import type { MessageKey } from '../../../shared/i18n/messages.en';
import { allocatePlan, type PlanAllocation } from '../../../shared/planning/allocate';
import {
  reallocate,
  settingsOf,
  type MemberBases,
  type PlanMember,
} from '../../../shared/planning/plan-model';
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
  // Once the stored plan has caught up with the change, show the stored one (adjusting state
  // while rendering, as React recommends over an effect).
  if (
    pending &&
    stored &&
    JSON.stringify(stored.plan) === JSON.stringify(pending.plan) &&
    sameTargets(stored.targets, pending.targets)
  )
    setPending(null);
  const current = pending && pending.plan.id === plan?.id ? pending : stored;

  /** Exactly the stored numbers, with their new/existing split. */
  const shown = useMemo<PlanAllocation | null>(
    () =>
      current
        ? allocatePlan(
            current.targets.map((target) => ({
              memberId: target.memberId,
              potentialCents: 0,
              priorYearCents: 0,
              hireDate: '1900-01-01',
              manualMonthly: target.monthlyCents,
              currentMonthly: target.monthlyCents,
              profile: target.seasonality ?? current.plan.seasonality,
              newBusinessPct: target.newBusinessPct,
            })),
            { ...settingsOf(current.plan), method: 'manual' },
          )
        : null,
    [current],
  );
  /** What the settings imply for ramps (the shown numbers already include it). */
  const ramp = useMemo(
    () =>
      current && current.plan.state === 'draft'
        ? reallocate(current.plan, current.targets, members, bases).allocation
        : null,
    [current, members, bases],
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
    try {
      record(await changePlan(current, after, label, labelParams));
      return true;
    } catch (error) {
      setPending(null);
      notify(saveFailureText(error, t), 'error');
      return false;
    }
  };

  return { current, shown, ramp, change };
}

import type { Account } from '@shared/domain/account';
import { decisionVerdict } from '@shared/commands/policy';
import { abcClasses, type AbcThresholds } from '@shared/market/pareto';
import type {
  AbcBasis,
  ClassificationChange,
  SegmentChange,
} from '@shared/market/classification-change';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';

export type { AbcBasis, ClassificationChange, SegmentChange };

/** The segments a re-classification would give, as changes to the current ones. */
export function proposeClassification(
  accounts: readonly Pick<
    Account,
    'id' | 'name' | 'segment' | 'potentialCents' | 'priorYearRevenueCents'
  >[],
  basis: AbcBasis,
  thresholds: AbcThresholds,
): SegmentChange[] {
  const classes = abcClasses(
    accounts.map((a) => (basis === 'revenue' ? a.priorYearRevenueCents : a.potentialCents)),
    thresholds,
  );
  const changes: SegmentChange[] = [];
  accounts.forEach((a, i) => {
    if (classes[i] !== a.segment)
      changes.push({ id: a.id, name: a.name, from: a.segment, to: classes[i]! });
  });
  return changes;
}

/**
 * A re-classification: a Senior's (or the team lead's) applies at once, undoably, logged in
 * the audit trail; a Junior's becomes a request for their Senior. `approved`: applying an
 * approved request — each account must still have the segment the request saw.
 */
export function classifyCommand(change: ClassificationChange, approved = false): Command<number> {
  let rows: Account[] = [];
  return {
    name: 'market.classify',
    label: 'market.undo.classify',
    labelParams: { count: change.changes.length },
    tables: ['accounts'],
    async decide({ db, actor }) {
      rows = (await db.accounts.bulkGet(change.changes.map((c) => c.id))).filter(
        (a): a is Account => a !== undefined,
      );
      const byId = new Map(rows.map((a) => [a.id, a]));
      if (approved && change.changes.some((c) => byId.get(c.id)?.segment !== c.from))
        return { verdict: { kind: 'refused', reason: 'approvals.stale' } };
      return {
        verdict: decisionVerdict(actor),
        ...(approved ? {} : { record: { kind: 'classification' as const, change } }),
      };
    },
    async apply({ write }) {
      const to = new Map(change.changes.map((c) => [c.id, c.to]));
      const after = rows.map((a) => ({ ...a, segment: to.get(a.id) ?? a.segment }));
      await write.put('accounts', after as unknown as Row[], rows as unknown as Row[]);
      return after.length;
    },
  };
}

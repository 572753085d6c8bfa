import type { Account, Segment } from '../../../shared/domain/account';
import type { Approval } from '../../../shared/domain/approval';
import { decisionRoute, routedApproval } from '../../../shared/domain/reassignment';
import type { TeamMember } from '../../../shared/domain/team-member';
import { abcClasses, type AbcThresholds } from '../../../shared/market/pareto';
import { db } from '../../db/db';
import type { UndoableChange } from '../../store/slices/history';

export type AbcBasis = 'revenue' | 'potential';

export interface SegmentChange {
  id: string;
  name: string;
  from: Segment;
  to: Segment;
}

export interface ClassificationChange {
  basis: AbcBasis;
  thresholds: AbcThresholds;
  changes: SegmentChange[];
}

export type ClassificationApproval = Approval & {
  kind: 'classification';
  change: ClassificationChange;
};

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

const CHUNK = 1_000;

/** Writes segments (in pieces, one transaction): `to` forward, `from` back. */
async function writeSegments(changes: readonly SegmentChange[], direction: 'to' | 'from') {
  await db.transaction('rw', db.accounts, async () => {
    for (let start = 0; start < changes.length; start += CHUNK) {
      const piece = changes.slice(start, start + CHUNK);
      const rows = await db.accounts.bulkGet(piece.map((c) => c.id));
      await db.accounts.bulkPut(
        rows.flatMap((row, i) => (row ? [{ ...row, segment: piece[i]![direction] }] : [])),
      );
    }
  });
}

export const applySegments = (changes: readonly SegmentChange[]) => writeSegments(changes, 'to');

export type ClassifyResult =
  | { kind: 'applied'; change: UndoableChange }
  | { kind: 'proposed'; approverId: string }
  | { kind: 'blocked' };

/**
 * Applies a re-classification: a Senior's (or the team lead's) at once and undoably, logged in
 * the audit trail; a Junior's becomes a request for their Senior.
 */
export async function classify(
  change: ClassificationChange,
  actor: Pick<TeamMember, 'id' | 'level' | 'supervisorId'> | null,
  now = new Date(),
): Promise<ClassifyResult> {
  const route = decisionRoute(actor);
  if (route.kind === 'blocked') return { kind: 'blocked' };
  const approval: ClassificationApproval = routedApproval(
    'classification',
    change,
    actor?.id ?? null,
    route,
    now,
  );
  await db.approvals.add(approval);
  if (route.kind === 'proposal') return { kind: 'proposed', approverId: route.approverId };
  await applySegments(change.changes);
  return {
    kind: 'applied',
    change: {
      label: 'market.undo.classify',
      labelParams: { count: change.changes.length },
      undo: () => writeSegments(change.changes, 'from'),
      redo: () => writeSegments(change.changes, 'to'),
    },
  };
}

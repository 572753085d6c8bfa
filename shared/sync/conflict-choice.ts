import type { Approval } from '../domain/approval';
import type { Row } from '../persistence/table-keys';
import { valueAt, rowLabel } from './conflict-text';
import type { FieldConflict } from './merge-rows';
import { parseTeamDocId } from './team-documents';

interface Version {
  rev: string;
  by: string | null;
  at: string;
  row: Row | null;
}

/**
 * The audit-trail entry of a settled conflict: `chooserId` (null: the lead) kept the version
 * `rev` of document `id`; the others were dropped. `clashes` are the places the versions set
 * differently (none known: the whole row).
 */
export function conflictChoiceRecord(
  conflict: { id: string; versions: readonly Version[]; clashes: readonly FieldConflict[] | null },
  rev: string,
  chooserId: string | null,
  now: Date,
  id: string,
): Approval {
  const parsed = parseTeamDocId(conflict.id);
  const kept = conflict.versions.find((v) => v.rev === rev);
  if (!parsed || !kept) throw new Error('That version is not part of this conflict.');
  const dropped = conflict.versions.filter((v) => v !== kept);
  const paths = conflict.clashes?.length ? conflict.clashes.map((c) => c.path) : [''];
  const at = now.toISOString();
  return {
    id,
    kind: 'conflict',
    change: {
      table: parsed.table,
      key: conflict.id.slice(conflict.id.indexOf(':') + 1),
      label: rowLabel(conflict.id, conflict.versions),
      kept: { by: kept.by, at: kept.at },
      dropped: dropped.map((v) => ({ by: v.by, at: v.at })),
      fields: paths.map((path) => ({
        path,
        kept: valueAt(kept.row, path) ?? null,
        dropped: dropped.map((v) => valueAt(v.row, path) ?? null),
      })),
    },
    state: 'approved',
    requesterId: chooserId ?? '',
    approverId: chooserId,
    createdAt: at,
    decidedAt: at,
    comment: '',
  };
}

import { sameData } from '../commands/same-data';
import type { Row } from '../persistence/table-keys';

/** One place where both sides changed the same value differently since their common ancestor. */
export interface FieldConflict {
  /** Where in the row: field names and list positions, e.g. `monthlyCents.4`; '' the whole row. */
  path: string;
  ancestor: unknown;
  mine: unknown;
  theirs: unknown;
}

export type RowMerge =
  { kind: 'merged'; row: Row | null } | { kind: 'conflict'; conflicts: FieldConflict[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Items only one side added to a list both only appended to, in one order whoever merges. */
function appended(ancestor: unknown[], mine: unknown[], theirs: unknown[]): unknown[] | null {
  const extends_ = (list: unknown[]) =>
    list.length >= ancestor.length && sameData(list.slice(0, ancestor.length), ancestor);
  if (!extends_(mine) || !extends_(theirs)) return null;
  const added = [...mine.slice(ancestor.length)];
  for (const item of theirs.slice(ancestor.length)) {
    if (!added.some((a) => sameData(a, item))) added.push(item);
  }
  const key = (v: unknown) => JSON.stringify(v);
  added.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  return [...ancestor, ...added];
}

function mergeValue(
  ancestor: unknown,
  mine: unknown,
  theirs: unknown,
  path: string,
  conflicts: FieldConflict[],
): unknown {
  if (sameData(mine, theirs)) return mine;
  if (sameData(ancestor, mine)) return theirs;
  if (sameData(ancestor, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    const base = isObject(ancestor) ? ancestor : {};
    const merged: Record<string, unknown> = {};
    for (const field of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeValue(base[field], mine[field], theirs[field], at(path, field), conflicts);
      if (value !== undefined) merged[field] = value;
    }
    return merged;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const base = Array.isArray(ancestor) ? ancestor : [];
    if (mine.length === theirs.length && mine.length === base.length) {
      return mine.map((m, i) => mergeValue(base[i], m, theirs[i], at(path, String(i)), conflicts));
    }
    const both = appended(base, mine, theirs);
    if (both) return both;
  }
  conflicts.push({ path, ancestor, mine, theirs });
  return mine;
}

const at = (path: string, part: string) => (path ? `${path}.${part}` : part);

/**
 * Three-way merge of one row changed on two sides since their common ancestor (null: the row
 * did not exist, or was deleted): what only one side changed is taken, field by field and list
 * item by item; lists both only appended to keep both additions. Where both changed the same
 * value differently — or one deleted what the other changed — nothing is chosen: the conflicts
 * are returned for a person to decide. Never last-write-wins; the same result on either side.
 */
export function mergeRows(ancestor: Row | null, mine: Row | null, theirs: Row | null): RowMerge {
  if (sameData(mine, theirs)) return { kind: 'merged', row: mine };
  if (sameData(ancestor, mine)) return { kind: 'merged', row: theirs };
  if (sameData(ancestor, theirs)) return { kind: 'merged', row: mine };
  if (mine === null || theirs === null) {
    return { kind: 'conflict', conflicts: [{ path: '', ancestor, mine, theirs }] };
  }
  const conflicts: FieldConflict[] = [];
  const row = mergeValue(ancestor ?? {}, mine, theirs, '', conflicts) as Row;
  return conflicts.length > 0 ? { kind: 'conflict', conflicts } : { kind: 'merged', row };
}

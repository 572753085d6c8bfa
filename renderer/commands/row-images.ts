import { sameData } from '@shared/commands/same-data';
import {
  stringKey,
  TABLE_KEYS,
  type Row,
  type RowKey,
  type TableName,
} from '@shared/persistence/tables';

/** A row as it was before a command and as the command left it (undefined: no such row). */
export interface RowImage {
  key: RowKey;
  before: Row | undefined;
  after: Row | undefined;
}

/** Every row one command wrote, by table: what undo puts back and redo writes again. */
export type RowImages = Partial<Record<TableName, RowImage[]>>;

export function keyOfRow(table: TableName, row: Row): RowKey {
  const path = TABLE_KEYS[table];
  return typeof path === 'string' ? (row[path] as RowKey) : (path.map((p) => row[p]) as RowKey);
}

/** Collects images as a command writes: the first `before` of a row and its last `after`. */
export class ImageRecorder {
  private readonly byTable = new Map<TableName, Map<string, RowImage>>();

  record(table: TableName, key: RowKey, before: Row | undefined, after: Row | undefined): void {
    let rows = this.byTable.get(table);
    if (!rows) this.byTable.set(table, (rows = new Map()));
    const id = stringKey(key);
    const known = rows.get(id);
    if (known) known.after = after;
    else rows.set(id, { key, before, after });
  }

  images(): RowImages {
    const images: RowImages = {};
    for (const [table, rows] of this.byTable) {
      // A row written back to exactly what it was is no change to undo.
      const changed = [...rows.values()].filter((image) => !sameRow(image.before, image.after));
      if (changed.length) images[table] = changed;
    }
    return images;
  }
}

/** Rows are plain data: equal when their values are (undefined: no such row). */
export function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return sameData(a, b);
}

/** The images the other way round: undoing is writing `before` where `after` stands. */
export function reversed(images: RowImages): RowImages {
  const out: RowImages = {};
  for (const [table, rows] of Object.entries(images) as Array<[TableName, RowImage[]]>) {
    out[table] = rows.map((r) => ({ key: r.key, before: r.after, after: r.before }));
  }
  return out;
}

export function imageTables(images: RowImages): TableName[] {
  return Object.keys(images) as TableName[];
}

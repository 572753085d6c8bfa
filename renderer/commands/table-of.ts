import type { Table } from 'dexie';
import type { TableName } from '@shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';

/** The database's own table object by name (the one `db.accounts` is, not a second handle). */
export function tableOf(db: PlannerDatabase, name: TableName): Table {
  return (db as unknown as Record<TableName, Table>)[name];
}

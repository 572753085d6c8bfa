import type { Row } from '../../../shared/persistence/table-keys';
import {
  TEAM_TABLES,
  parseTeamDocId,
  type TeamDoc,
  type TeamTable,
} from '../../../shared/sync/team-documents';
import type { PouchDatabase, PouchDoc } from './pouch';
import { everything } from './replica-feed';

// Reads of the replica as it stands (the winning revisions).

/** The winning revision of each document that exists, with its body (deleted ones left out). */
export async function currentDocs(
  db: PouchDatabase,
  ids: string[],
): Promise<Map<string, PouchDoc>> {
  const { rows } = await db.allDocs({ keys: ids, include_docs: true });
  const docs = new Map<string, PouchDoc>();
  for (const row of rows as Array<{ id: string; doc?: PouchDoc | null }>) {
    if (row.doc && !row.doc._deleted) docs.set(row.id, row.doc);
  }
  return docs;
}

/** The winning revision of each document that exists (deleted ones are left out). */
export async function currentRevs(db: PouchDatabase, ids: string[]): Promise<Map<string, string>> {
  const { rows } = await db.allDocs({ keys: ids });
  const revs = new Map<string, string>();
  for (const row of rows) {
    if (row.value && !row.value.deleted) revs.set(row.id, row.value.rev);
  }
  return revs;
}

export async function idsOfTable(db: PouchDatabase, table: TeamTable): Promise<string[]> {
  const { rows } = await db.allDocs({ startkey: `${table}:`, endkey: `${table}:\uffff` });
  return rows.map((row) => row.id);
}

/** The current rows of one (small) team table: the roster, the settings. */
export async function readRowsOf(db: PouchDatabase, table: TeamTable): Promise<Row[]> {
  const { rows } = await db.allDocs({
    startkey: `${table}:`,
    endkey: `${table}:\uffff`,
    include_docs: true,
  });
  return (rows as Array<{ doc?: PouchDoc }>).flatMap((r) =>
    r.doc ? [(r.doc as unknown as TeamDoc).row] : [],
  );
}

/** How many team rows the replica holds (the server's, once pulled). */
export async function countTeamRows(db: PouchDatabase): Promise<number> {
  const { doc_count } = await db.info();
  const design = await db.allDocs({ startkey: '_design/', endkey: '_design/\uffff' });
  return doc_count - design.rows.length;
}

/** The team's rows by table, how many, and the changes feed point they stand at. */
export interface TeamTables {
  tables: Record<TeamTable, Row[]>;
  rows: number;
  through: number | string;
}

/** Every team row the replica holds now (what a joining laptop takes). */
export async function readTeamTables(db: PouchDatabase): Promise<TeamTables> {
  const { entries, through } = await everything(db);
  const tables = Object.fromEntries(TEAM_TABLES.map((name) => [name, [] as Row[]])) as Record<
    TeamTable,
    Row[]
  >;
  let rows = 0;
  for (const { id, doc } of entries) {
    const parsed = parseTeamDocId(id);
    if (!parsed || !doc || doc._deleted) continue;
    tables[parsed.table].push((doc as unknown as TeamDoc).row);
    rows += 1;
  }
  return { tables, rows, through };
}

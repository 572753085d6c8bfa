import { afterEach } from 'vitest';
import { PlannerDatabase } from '../../../renderer/db/db';

/** A new, empty working database per call (fake-indexeddb), deleted after each test. */
export function freshDatabases(prefix: string): () => PlannerDatabase {
  let counter = 0;
  const open: PlannerDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = new PlannerDatabase(`${prefix}-${(counter += 1)}`);
    open.push(db);
    return db;
  };
}

import { afterEach } from 'vitest';
import type { Account } from '@shared/domain/account';
import { nameKeyOf, type TeamMember } from '@shared/domain/team-member';
import { PlannerDatabase } from '@renderer/db/db';

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

/** A minimal active Senior, as the persistence tests store and journal it. */
export const member = (id: string, name = `Member ${id}`): TeamMember => ({
  id,
  name,
  nameKey: nameKeyOf(name),
  email: '',
  level: 'senior',
  supervisorId: null,
  capacity: 1,
  hireDate: '2020-01-01',
  homeRegion: '',
  active: true,
});

/** A team member by id and level (a Junior with their Senior), named after the id. */
export const person = (
  id: string,
  level: 'junior' | 'senior',
  supervisorId: string | null = null,
): TeamMember => ({
  id,
  name: id,
  nameKey: id,
  email: '',
  level,
  supervisorId,
  capacity: 100,
  hireDate: '2015-01-01',
  homeRegion: '',
  active: true,
});

/** A plain Munich account of a Senior, for tests of commands and rules. */
export const accountRow = (id: string, over: Partial<Account> = {}): Account => ({
  id,
  externalId: `K-${id}`,
  name: `Firma ${id}`,
  postalCode: '80331',
  city: 'München',
  country: 'DE',
  segment: 'C',
  strategic: false,
  potentialCents: 100,
  priorYearRevenueCents: 50,
  status: 'existing',
  satisfaction: null,
  territoryId: null,
  ownerId: 'sen',
  pinnedOwnerId: null,
  ...over,
});

import type { TeamMember } from '@shared/domain/team-member';
import { db } from '@renderer/db/db';
import { useCachedQuery } from './cached-query';

// German collation for every language: names are German ("Özlem" sorts with O, not after Z).
const byName = new Intl.Collator('de-DE', { sensitivity: 'base' });

const MEMBERS = ['members'] as const;

/**
 * All members sorted by name as people sort them, live; undefined while first loading. The
 * same array comes back until a member changes, so screens opened again paint at once.
 */
export function useTeam(): TeamMember[] | undefined {
  return useCachedQuery('team', MEMBERS, async () =>
    (await db.members.toArray()).sort((a, b) => byName.compare(a.name, b.name)),
  );
}

/** Members matching the search text (name, email, region), optionally with inactive ones. */
export function filterMembers(
  members: readonly TeamMember[],
  query: string,
  showInactive: boolean,
): TeamMember[] {
  const needle = query.trim().toLocaleLowerCase('de-DE');
  return members.filter(
    (m) =>
      (showInactive || m.active) &&
      (!needle ||
        m.nameKey.includes(needle) ||
        m.email.toLowerCase().includes(needle) ||
        m.homeRegion.toLocaleLowerCase('de-DE').includes(needle)),
  );
}

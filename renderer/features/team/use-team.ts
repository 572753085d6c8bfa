import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamMember } from '../../../shared/domain/team-member';
import { db } from '../../db/db';

/** All members sorted by name, live; undefined while loading. */
export function useTeam(): TeamMember[] | undefined {
  return useLiveQuery(() => db.members.orderBy('nameKey').toArray(), []);
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

import type { Row, WorkspaceTables } from '../persistence/table-keys';
import { isTeamRow, TEAM_TABLES, type TeamTable } from './team-documents';

/**
 * The workspace a laptop holds after taking its team's: every team row as the server has it;
 * what never goes to the server stays as it was here (scenarios, personal settings, meta).
 */
export function joinedWorkspace(
  local: WorkspaceTables,
  team: Readonly<Record<TeamTable, readonly Row[]>>,
): WorkspaceTables {
  const joined = { ...local };
  for (const name of TEAM_TABLES) {
    const ownOnly = local[name].filter((row) => !isTeamRow(name, row));
    joined[name] = [...team[name], ...ownOnly];
  }
  return joined;
}

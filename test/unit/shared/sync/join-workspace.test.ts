import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type WorkspaceTables } from '@shared/persistence/table-keys';
import { joinedWorkspace } from '@shared/sync/join-workspace';
import { TEAM_TABLES, type TeamTable } from '@shared/sync/team-documents';

const empty = () =>
  Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as WorkspaceTables;

describe('the workspace a laptop holds after taking its team’s', () => {
  it('has the team’s rows as the server has them and keeps what never goes to the server', () => {
    const local = empty();
    local.accounts = [
      { id: 'K1', name: 'Local only' },
      { id: 'K2', name: 'Old name' },
    ];
    local.settings = [
      { key: 'language', value: 'de' },
      { key: 'authority', value: { old: true } },
    ];
    local.scenarios = [{ id: 'SC1', name: 'My draft' }];
    local.meta = [{ key: 'schema', value: 3 }];
    const team = Object.fromEntries(TEAM_TABLES.map((name) => [name, []])) as unknown as Record<
      TeamTable,
      Array<Record<string, unknown>>
    >;
    team.accounts = [
      { id: 'K2', name: 'Team name' },
      { id: 'K3', name: 'New' },
    ];
    team.settings = [{ key: 'authority', value: { team: true } }];

    const joined = joinedWorkspace(local, team);
    expect(joined.accounts).toEqual(team.accounts);
    expect(joined.settings).toEqual([
      { key: 'authority', value: { team: true } },
      { key: 'language', value: 'de' },
    ]);
    expect(joined.scenarios).toEqual(local.scenarios);
    expect(joined.meta).toEqual(local.meta);
    // The local workspace itself is left as it was (the preview compares against it).
    expect(local.accounts).toHaveLength(2);
  });
});

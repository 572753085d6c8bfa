import { describe, expect, it } from 'vitest';
import { emptyTables, keyOf, type Row, type WorkspaceTables } from '@shared/persistence/tables';
import {
  diffWorkspaces,
  mergeWorkspaces,
  rowDifferences,
} from '@shared/persistence/workspace-diff';

const workspace = (plans: Row[], members: Row[] = []): WorkspaceTables => ({
  ...emptyTables(),
  plans,
  members,
});

describe('merging an older workspace file', () => {
  // The file is older: here the team target was raised to 13 M since, and a member was added.
  const mine = workspace(
    [{ id: 'p', teamTargetCents: 13_000_000_00, state: 'draft' }],
    [{ id: 'm1', name: 'Ida Brandt-Lenz', capacity: 400 }],
  );
  const file = workspace(
    [{ id: 'p', teamTargetCents: 12_000_000_00, state: 'draft' }],
    [
      { id: 'm1', name: 'Ida Brandt', capacity: 400 },
      { id: 'm2', name: 'Jan Roth', capacity: 300 },
    ],
  );

  it('lists each differing row field by field, this workspace’s value and the file’s', () => {
    expect(rowDifferences(mine, file)).toEqual({
      total: 2,
      listed: [
        {
          table: 'members',
          key: keyOf('members', { id: 'm1' }),
          label: 'Ida Brandt',
          fields: [{ field: 'name', mine: 'Ida Brandt-Lenz', file: 'Ida Brandt' }],
        },
        {
          table: 'plans',
          key: keyOf('plans', { id: 'p' }),
          label: 'p',
          fields: [{ field: 'teamTargetCents', mine: 13_000_000_00, file: 12_000_000_00 }],
        },
      ],
    });
    expect(diffWorkspaces(mine, file).plans).toEqual({ added: 0, changed: 1, onlyCurrent: 0 });
  });

  it('never replaces a differing row unless it was chosen; adds what is new', () => {
    const kept = mergeWorkspaces(mine, file);
    expect(kept.plans).toEqual(mine.plans);
    expect(kept.members.map((m) => m.name)).toEqual(['Ida Brandt-Lenz', 'Jan Roth']);
    const chosen = mergeWorkspaces(
      mine,
      file,
      (table, key) => table === 'plans' && key === keyOf('plans', { id: 'p' }),
    );
    expect(chosen.plans).toEqual(file.plans);
    expect(chosen.members[0]!.name).toBe('Ida Brandt-Lenz');
  });

  it('lists the first rows and counts all of them', () => {
    const many = (name: string) =>
      workspace(Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name })));
    const result = rowDifferences(many('a'), many('b'), 10);
    expect(result.total).toBe(30);
    expect(result.listed).toHaveLength(10);
  });
});

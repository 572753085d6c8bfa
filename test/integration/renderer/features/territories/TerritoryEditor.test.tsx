import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { useAppStore } from '@renderer/store/app-store';
import * as preview from '@shared/territory/rule-change-preview';
import { formatPostalRule } from '@shared/territory/postal-rule';
import * as commands from '@renderer/features/territories/territory-commands';
import { renderApp, smallDemo } from '../../render-app';

vi.mock('@shared/territory/rule-change-preview', async (original) => {
  const actual = await original<typeof preview>();
  return { ...actual, previewAssignment: vi.fn(actual.previewAssignment) };
});
vi.mock('@renderer/features/territories/territory-commands', async (original) => {
  const actual = await original<typeof commands>();
  return { ...actual, prepareTerritoryMoves: vi.fn(actual.prepareTerritoryMoves) };
});

/** The demo with two territories whose saved rules overlap on one postal code. */
function overlapping() {
  const workspace = smallDemo();
  const [first, second] = workspace.territories.filter((t) => t.kind === 'territory');
  const code = workspace.accounts.find((a) => a.territoryId === first!.id)!.postalCode;
  second!.rules = [...second!.rules, { kind: 'exact', from: code }];
  first!.rules = [...first!.rules, { kind: 'exact', from: code }];
  return { workspace, first: first!, second: second! };
}

async function openTerritories(name: string) {
  await screen.findByRole('table');
  act(() => useAppStore.getState().goTo('territories'));
  const tree = await screen.findByRole('navigation', { name: 'Regions and territories' });
  await userEvent.click(within(tree).getByRole('button', { name: new RegExp(`^${name}`) }));
  return screen.findByRole('region', { name: 'What changes' });
}

describe('territory editor', () => {
  it('opens without looking at any account, yet shows the saved rules’ overlaps', async () => {
    const { workspace, first, second } = overlapping();
    await renderApp({ workspace, language: 'en' });
    vi.mocked(preview.previewAssignment).mockClear();
    const changes = await openTerritories(second.name);
    expect(changes).toHaveTextContent('No account changes territory or owner.');
    expect(changes).toHaveTextContent(
      new RegExp(
        `of ${second.name} and rule .* of ${first.name}|of ${first.name} and rule .* of ${second.name}`,
      ),
    );
    // Rules and owner as saved: nothing would move, so no account is read for a preview.
    expect(preview.previewAssignment).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('previews once the rules differ, and renames without moving anyone', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    const territory = workspace.territories.find(
      (t) => t.kind === 'territory' && workspace.accounts.some((a) => a.territoryId === t.id),
    )!;
    await renderApp({ workspace, language: 'en' });
    const changes = await openTerritories(territory.name);
    const stored = await db.accounts.toArray();

    const rules = screen.getByLabelText('Postal-code rules');
    await user.clear(rules);
    await user.type(rules, '99999');
    await waitFor(() => expect(changes).toHaveTextContent(/accounts? changes? territory or owner/));
    expect(preview.previewAssignment).toHaveBeenCalled();

    // Back to the saved rules, and a new name: Apply renames, and no account moves.
    await user.clear(rules);
    await user.type(rules, territory.rules.map(formatPostalRule).join('{Enter}'));
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Renamed area');
    await waitFor(() =>
      expect(changes).toHaveTextContent('No account changes territory or owner.'),
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(async () =>
      expect((await db.territories.get(territory.id))?.name).toBe('Renamed area'),
    );
    expect(await db.accounts.toArray()).toEqual(stored);
  });

  it('applies a move once: the arriving accounts do not recompute the preview', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    const [from, to] = workspace.territories.filter(
      (t) => t.kind === 'territory' && workspace.accounts.some((a) => a.territoryId === t.id),
    );
    const code = workspace.accounts.find((a) => a.territoryId === from!.id)!.postalCode;
    await renderApp({ workspace, language: 'en' });
    const changes = await openTerritories(to!.name);
    const rules = screen.getByLabelText('Postal-code rules');
    await user.type(rules, `{Enter}${code}`);
    await waitFor(() => expect(changes).toHaveTextContent(/accounts? changes? territory or owner/));
    // While the preview is read, what Apply writes is worked out for the moves it shows.
    await waitFor(() => expect(commands.prepareTerritoryMoves).toHaveBeenCalled());
    const [prepared] = vi.mocked(commands.prepareTerritoryMoves).mock.lastCall!;
    expect(new Set(prepared.map((p) => p.id))).toEqual(
      new Set(workspace.accounts.filter((a) => a.postalCode === code).map((a) => a.id)),
    );

    vi.mocked(preview.previewAssignment).mockClear();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(new RegExp(`^${to!.name} changed; \\d+ accounts? moved\\.`));
    const moved = await db.accounts.where('postalCode').equals(code).toArray();
    expect(moved.every((a) => a.territoryId === to!.id)).toBe(true);
    // The editor starts afresh on the saved territory: nothing left to move.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'What changes' })).toHaveTextContent(
        'No account changes territory or owner.',
      ),
    );
    expect(preview.previewAssignment).not.toHaveBeenCalled();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { renderApp, smallDemo } from '../../render-app';

async function openAddForm(user: ReturnType<typeof userEvent.setup>, label: RegExp) {
  await user.click(await screen.findByRole('button', { name: label }));
  return screen.findByRole('complementary');
}

describe('Team page', () => {
  it('lists the members with level and supervisor, in German', async () => {
    const workspace = smallDemo();
    await renderApp({ workspace, language: 'de' });
    expect(await screen.findByRole('heading', { name: 'Team', level: 1 })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const junior = workspace.members.find((m) => m.level === 'junior')!;
    const senior = workspace.members.find((m) => m.id === junior.supervisorId)!;
    const row = within(table).getByRole('rowheader', { name: junior.name }).closest('tr')!;
    expect(within(row).getByText('Junior')).toBeInTheDocument();
    expect(within(row).getByText(senior.name)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveTextContent(
      'Kund*innen',
    );
  });

  it('refuses a Junior without a supervisor with a field message and saves nothing', async () => {
    const user = userEvent.setup();
    await renderApp({ language: 'en' });
    const panel = await openAddForm(user, /add member/i);
    await user.type(within(panel).getByLabelText('Name'), 'Paula Neumann');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(
      await within(panel).findByText('A Junior needs a supervising Senior.'),
    ).toBeInTheDocument();
    expect(within(panel).getByLabelText('Supervising Senior')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await db.members.where('nameKey').equals('paula neumann').count()).toBe(0);
  });

  it('adds a Junior with a Senior and shows them in the list', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    await renderApp({ workspace, language: 'en' });
    const senior = workspace.members.find((m) => m.level === 'senior')!;
    const panel = await openAddForm(user, /add member/i);
    await user.type(within(panel).getByLabelText('Name'), 'Paula Neumann');
    await user.type(within(panel).getByLabelText('Email'), 'paula@vertrieb.example');
    await user.selectOptions(within(panel).getByLabelText('Supervising Senior'), senior.id);
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('rowheader', { name: 'Paula Neumann' })).toBeInTheDocument();
    const saved = await db.members.where('nameKey').equals('paula neumann').first();
    expect(saved).toMatchObject({
      level: 'junior',
      supervisorId: senior.id,
      active: true,
      capacity: 400,
    });
  });

  it('after adding, the editor shows the saved member, and saving again keeps every field', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    await renderApp({ workspace, language: 'en' });
    const panel = await openAddForm(user, /add member/i);
    await user.type(within(panel).getByLabelText('Name'), 'Greta Sommer');
    await user.type(within(panel).getByLabelText('Email'), 'greta@vertrieb.example');
    await user.click(within(panel).getByRole('radio', { name: 'Senior Sales Manager' }));
    await user.clear(within(panel).getByLabelText('Capacity (customer visits per year)'));
    await user.type(within(panel).getByLabelText('Capacity (customer visits per year)'), '321');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    const edit = await screen.findByRole('heading', { name: 'Edit Greta Sommer' });
    const editor = edit.closest('aside')!;
    expect(within(editor).getByLabelText('Name')).toHaveValue('Greta Sommer');
    expect(within(editor).getByLabelText('Email')).toHaveValue('greta@vertrieb.example');
    expect(within(editor).getByLabelText('Capacity (customer visits per year)')).toHaveValue('321');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    expect(await db.members.where('nameKey').equals('greta sommer').first()).toMatchObject({
      email: 'greta@vertrieb.example',
      capacity: 321,
      level: 'senior',
    });
  });

  it('shows the email and duplicate-name messages together', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    await renderApp({ workspace, language: 'de' });
    const panel = await openAddForm(user, /person hinzufügen/i);
    await user.type(within(panel).getByLabelText('Name'), workspace.members[0]!.name.toUpperCase());
    await user.type(within(panel).getByLabelText('E-Mail'), 'kein-at-zeichen');
    await user.click(within(panel).getByRole('radio', { name: 'Senior Sales Manager*in' }));
    await user.click(within(panel).getByRole('button', { name: 'Speichern' }));
    expect(
      await within(panel).findByText('Es gibt bereits ein Teammitglied mit diesem Namen.'),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/gültige E-Mail-Adresse/)).toBeInTheDocument();
    expect(within(panel).getByLabelText('Name')).toHaveFocus();
  });

  it('makes a Senior hand over their Juniors, territories and accounts before deactivating', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    await renderApp({ workspace, language: 'en' });
    const senior = workspace.members.find(
      (m) => m.level === 'senior' && workspace.members.some((j) => j.supervisorId === m.id),
    )!;
    const successor = workspace.members.find((m) => m.level === 'senior' && m.id !== senior.id)!;
    await user.click(await screen.findByRole('button', { name: senior.name }));
    const panel = await screen.findByRole('complementary');
    await user.click(within(panel).getByRole('button', { name: 'Deactivate' }));
    // They own territories and accounts: those need someone to take them over, too.
    const owned = workspace.accounts.filter((a) => a.ownerId === senior.id);
    const territories = workspace.territories.filter((x) => x.ownerId === senior.id);
    expect(owned.length).toBeGreaterThan(0);
    expect(
      await within(panel).findByText(
        new RegExp(`owns territories \\(.+\\) and accounts \\(${owned.length}, `),
      ),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Reassign and deactivate' }));
    expect(
      await within(panel).findByText('Choose the Senior who takes over the Juniors.'),
    ).toBeInTheDocument();
    expect((await db.members.get(senior.id))?.active).toBe(true);

    await user.selectOptions(within(panel).getByLabelText('New supervising Senior'), successor.id);
    await user.click(within(panel).getByRole('button', { name: 'Reassign and deactivate' }));
    expect(
      await within(panel).findByText(/Choose who takes over their territories and accounts/),
    ).toBeInTheDocument();
    expect((await db.members.get(senior.id))?.active).toBe(true);
    await user.selectOptions(
      within(panel).getByLabelText('Hand over territories and accounts to'),
      successor.id,
    );
    await user.click(within(panel).getByRole('button', { name: 'Reassign and deactivate' }));
    await waitFor(async () => expect((await db.members.get(senior.id))?.active).toBe(false));
    // Nothing is left with someone who has left; all of it went to the one chosen.
    expect(await db.accounts.where('ownerId').equals(senior.id).count()).toBe(0);
    expect(await db.territories.where('ownerId').equals(senior.id).count()).toBe(0);
    const taken = await db.accounts.bulkGet(owned.map((a) => a.id));
    expect(taken.every((a) => a?.ownerId === successor.id)).toBe(true);
    const tree = await db.territories.bulkGet(territories.map((x) => x.id));
    expect(tree.every((x) => x?.ownerId === successor.id)).toBe(true);
    const audit = await db.approvals.filter((a) => a.kind === 'member').toArray();
    expect(audit.at(-1)).toMatchObject({
      change: { handOver: { toMemberId: successor.id, accounts: owned.length } },
    });
    const juniors = await db.members
      .where('supervisorId')
      .equals(senior.id)
      .filter((m) => m.active)
      .count();
    expect(juniors).toBe(0);
    expect(await db.members.where('supervisorId').equals(successor.id).count()).toBeGreaterThan(0);
    expect(screen.queryByRole('rowheader', { name: senior.name })).not.toBeInTheDocument();
  });

  it('filters by search text and says when nothing matches', async () => {
    const user = userEvent.setup();
    await renderApp({ language: 'en' });
    await user.type(await screen.findByRole('searchbox'), 'zzz');
    expect(await screen.findByText('No member matches “zzz”.')).toBeInTheDocument();
  });

  it('shows a useful empty state in an empty workspace', async () => {
    await renderApp({
      workspace: { members: [], territories: [], accounts: [], actuals: [] },
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'No team members yet' })).toBeInTheDocument();
  });
});

describe('Team order', () => {
  it('sorts names as German readers expect (umlauts with their base letter)', async () => {
    const workspace = smallDemo();
    const names = ['Zoë Krüger', 'Özlem Yılmaz', 'Oskar Wolf'];
    workspace.members = workspace.members.slice(0, 3).map((m, i) => ({
      ...m,
      name: names[i]!,
      nameKey: names[i]!.toLowerCase(),
      level: 'senior',
      supervisorId: null,
    }));
    await renderApp({ workspace, language: 'de' });
    await screen.findByRole('table');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Oskar Wolf',
      'Özlem Yılmaz',
      'Zoë Krüger',
    ]);
  });
});

describe('Team page when storage is full', () => {
  it('says so in the UI language and keeps what the user typed', async () => {
    const user = userEvent.setup();
    const workspace = smallDemo();
    await renderApp({ workspace, language: 'de' });
    const senior = workspace.members.find((m) => m.level === 'senior')!;
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('Quota exceeded', 'QuotaExceededError'),
    });
    const put = vi.spyOn(db.members, 'bulkPut').mockRejectedValueOnce(quota);
    const panel = await openAddForm(user, /person hinzufügen/i);
    await user.type(within(panel).getByLabelText('Name'), 'Paula Neumann');
    await user.selectOptions(within(panel).getByLabelText('Betreuende*r Senior'), senior.id);
    await user.click(within(panel).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Datenträger oder der Browserspeicher ist voll',
    );
    expect(within(panel).getByLabelText('Name')).toHaveValue('Paula Neumann');
    expect(await db.members.where('nameKey').equals('paula neumann').count()).toBe(0);
    put.mockRestore();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_SCHEMA_VERSION } from '@shared/domain/workspace';
import { db } from '@renderer/db/db';
import { renderApp } from '../render-app';

describe('app shell', () => {
  it('navigates by keyboard, and a screen says what is missing', async () => {
    const user = userEvent.setup();
    await renderApp({ language: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    within(nav).getByRole('button', { name: 'Performance' }).focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Performance', level: 1 }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/no sales plan for fiscal year/)).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Performance' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(location.hash).toBe('#/performance');
  });

  it('switches the whole UI to German in Settings and keeps the choice', async () => {
    const user = userEvent.setup();
    await renderApp({ language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.selectOptions(screen.getByLabelText('Language'), 'de');
    expect(await screen.findByRole('heading', { name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kund*innen' })).toBeInTheDocument();
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'de' });
    // The page's language follows in an effect after the render.
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
  });

  it('formats the currency example through Intl in the UI language', async () => {
    const user = userEvent.setup();
    await renderApp({ language: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Einstellungen' }));
    expect(screen.getByText('1.234.567,89 €')).toBeInTheDocument();
  });

  it('tells the user when a newer app wrote the workspace, and disables editing', async () => {
    await renderApp({
      language: 'en',
      beforeRender: () =>
        db.meta.update('workspace', { schemaVersion: WORKSPACE_SCHEMA_VERSION + 1 }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /saved by a newer version .* read-only/,
    );
    expect(screen.getByRole('button', { name: 'Add member' })).toBeDisabled();
    expect((await screen.findAllByRole('row')).length).toBeGreaterThan(1);
  });
});

describe('what the data folder reports', () => {
  it('says in the UI language when another app holds the folder, a journal was damaged, or a change was set aside', async () => {
    const { useAppStore } = await import('@renderer/store/app-store');
    await renderApp({ language: 'de' });
    await screen.findByRole('heading', { name: 'Team', level: 1 });
    useAppStore.getState().setStartupReport({ kind: 'disk-locked', host: 'laptop-b', pid: 4242 });
    expect(
      await screen.findByText(/Eine andere Sales Team Planner-App \(auf laptop-b, Prozess 4242\)/),
    ).toBeInTheDocument();
    useAppStore.getState().setStartupReport({
      kind: 'in-sync',
      recoveredFrom: null,
      journalDamage: { lines: 2, keptAs: 'journal.damaged-1.ndjson' },
    });
    expect(
      await screen.findByText(
        /Beschädigte Einträge des Änderungsprotokolls \(2\) .* als journal\.damaged-1\.ndjson/,
      ),
    ).toBeInTheDocument();
    useAppStore.getState().setDiskSync({
      kind: 'set-aside',
      count: 1,
      code: 'invalid-request',
      message: 'x',
    });
    expect(await screen.findByText(/beiseitegelegt \(insgesamt 1\)/)).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent(
      'Nicht auf dem Datenträger gespeichert',
    );
    // Later changes are saved; the notice stays until it is read and closed.
    useAppStore.getState().setDiskSync({ kind: 'saved' });
    expect(await screen.findByText(/beiseitegelegt \(insgesamt 1\)/)).toBeInTheDocument();
    const notice = screen.getByText(/beiseitegelegt \(insgesamt 1\)/).closest('div')!;
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByText(/beiseitegelegt \(insgesamt 1\)/)).not.toBeInTheDocument();
  });
});

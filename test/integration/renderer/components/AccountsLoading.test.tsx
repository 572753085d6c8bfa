import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountsLoading } from '@renderer/components/AccountsLoading';
import { resetAccountStore, useAccountData } from '@renderer/app/data/account-store';
import { db } from '@renderer/db/db';
import { I18nContext, makeI18n } from '@renderer/i18n/i18n-context';
import { demoDatabase } from '../render-app';

const count = db.accounts.count;

function Screen() {
  const state = useAccountData();
  return (
    <>
      <span data-testid="state">{state.kind}</span>
      {state.kind !== 'ready' && <AccountsLoading />}
    </>
  );
}

afterEach(() => {
  db.accounts.count = count;
});

describe('a screen waiting for the accounts', () => {
  it('says why when they cannot be read, and reads them again on request', async () => {
    await demoDatabase();
    resetAccountStore();
    db.accounts.count = () => Promise.reject(new Error('the disk went away')) as never;

    render(
      <I18nContext.Provider value={makeI18n('en', 'EUR')}>
        <Screen />
      </I18nContext.Provider>,
    );

    // Not "Loading…" for ever: the reason, and a way out.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The accounts could not be read: an unexpected error occurred (the disk went away).',
    );
    expect(screen.queryByRole('status')).toBeNull();

    db.accounts.count = count;
    fireEvent.click(screen.getByRole('button', { name: 'Read again' }));
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('ready'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

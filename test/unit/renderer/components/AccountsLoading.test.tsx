import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountsLoadingProgress } from '@renderer/components/AccountsLoading';
import { I18nContext, makeI18n } from '@renderer/i18n/i18n-context';

const inLanguage = (language: 'de' | 'en', read: number, total: number) =>
  render(
    <I18nContext.Provider value={makeI18n(language, 'EUR')}>
      <AccountsLoadingProgress read={read} total={total} />
    </I18nContext.Provider>,
  );

describe('the accounts loading state', () => {
  it('tells how many accounts of how many are read, in the UI language', () => {
    const { unmount } = inLanguage('de', 120_000, 250_000);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Kund*innen werden geladen: 120.000 von 250.000');
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('value', '120000');
    expect(bar).toHaveAttribute('max', '250000');
    unmount();
    inLanguage('en', 5_000, 250_000);
    expect(screen.getByRole('status')).toHaveTextContent('Loading accounts: 5,000 of 250,000');
  });

  it('says only that it loads before the count is known', () => {
    inLanguage('en', 0, 0);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

import { useAccountData } from '@renderer/app/data/account-store';
import { useI18n } from '@renderer/i18n/i18n-context';
import { formatNumber } from '@shared/format/intl';

/**
 * The loading state of a screen that waits for the accounts: how many of how many are read
 * (250,000 take seconds), or only "Loading…" while that is not known.
 */
export function AccountsLoading() {
  const state = useAccountData();
  return state.kind === 'loading' ? (
    <AccountsLoadingProgress read={state.read} total={state.total} />
  ) : (
    <AccountsLoadingProgress read={0} total={0} />
  );
}

export function AccountsLoadingProgress({ read, total }: { read: number; total: number }) {
  const { t, locale } = useI18n();
  if (total === 0)
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  const label = t('accounts.loading', {
    read: formatNumber(read, locale),
    total: formatNumber(total, locale),
  });
  return (
    <div className="progress-row" role="status">
      <progress max={total} value={read} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

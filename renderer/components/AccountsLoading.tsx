import { useAccountLoadProgress } from '@renderer/app/data/account-load-progress';
import { useI18n } from '@renderer/i18n/i18n-context';
import { formatNumber } from '@shared/format/intl';

/**
 * The loading state of a screen that waits for the accounts: how many of how many are read
 * (250,000 take seconds), or only "Loading…" while that is not known.
 */
export function AccountsLoading() {
  const { read, total } = useAccountLoadProgress();
  return <AccountsLoadingProgress read={read} total={total} />;
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

import { useAccountLoadProgress } from '@renderer/app/data/account-load-progress';
import { resyncAccounts, useAccountData } from '@renderer/app/data/account-store';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { formatNumber } from '@shared/format/intl';

/**
 * The loading state of a screen that waits for the accounts: how many of how many are read
 * (250,000 take seconds), or only "Loading…" while that is not known. When reading them
 * failed it says why and offers to read them again, rather than loading for ever.
 */
export function AccountsLoading() {
  const { t } = useI18n();
  const state = useAccountData();
  const { read, total } = useAccountLoadProgress();
  if (state.kind === 'failed')
    return (
      <div className="banner banner-error" role="alert">
        <p>{t('accounts.loadFailed', { message: failureReason(state.error, t) })}</p>
        <button type="button" onClick={resyncAccounts}>
          {t('accounts.loadAgain')}
        </button>
      </div>
    );
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

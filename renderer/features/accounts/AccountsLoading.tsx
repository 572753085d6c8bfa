import { useI18n } from '@renderer/i18n/i18n-context';
import { formatNumber } from '@shared/format/intl';

/** The accounts coming in (250,000 take a few seconds): how many of how many are read. */
export function AccountsLoading({ read, total }: { read: number; total: number }) {
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

import { formatPercent } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { ImportProgress } from '../csv-import/ImportProgress';
import type { AutoBalanceProgress } from './run-auto-balance';

/** The balancer's progress; in exact mode with the best so far and a way to keep it. */
export function BalanceProgress({
  progress,
  exact,
  onStop,
  onCancel,
}: {
  progress: AutoBalanceProgress;
  exact: boolean;
  onStop: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const percent = Math.round(progress.fraction * 100);
  const moved = progress.movedAccounts ?? null;
  const label =
    !exact || moved === null
      ? t('scenarios.balance.running', { percent })
      : progress.gap === null || progress.gap === undefined
        ? t('scenarios.balance.searching', { percent, moved })
        : t('scenarios.balance.searchingGap', {
            percent,
            moved,
            gap: formatPercent(progress.gap * 100, locale),
          });
  return (
    <>
      <ImportProgress label={label} fraction={progress.fraction} onCancel={onCancel} />
      {exact && (
        <div className="form-actions">
          <button type="button" className="button" disabled={moved === null} onClick={onStop}>
            {t('scenarios.balance.stop')}
          </button>
        </div>
      )}
    </>
  );
}

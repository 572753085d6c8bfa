import type { Disruption } from '@shared/scenario/compare';
import { formatMoney, formatNumber } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';

/** What a scenario disturbs against its base: accounts, potential and regular customers moved. */
export function DisruptionFigures({ disruption, base }: { disruption: Disruption; base: string }) {
  const { t, locale, currency } = useI18n();
  return (
    <dl className="figure-list" aria-label={t('scenarios.disruption', { base })}>
      <div>
        <dt>{t('scenarios.disruption.accounts')}</dt>
        <dd data-testid="moved-accounts">{formatNumber(disruption.movedAccounts, locale)}</dd>
      </div>
      <div>
        <dt>{t('scenarios.disruption.potential')}</dt>
        <dd>{formatMoney(disruption.movedPotentialCents, locale, currency)}</dd>
      </div>
      <div>
        <dt>{t('scenarios.disruption.regular')}</dt>
        <dd>{formatNumber(disruption.movedRegular, locale)}</dd>
      </div>
    </dl>
  );
}

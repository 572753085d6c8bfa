import type { Account } from '@shared/domain/account';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';

/** What is at stake in a request: the potential and last year's revenue that change hands. */
export function StakeLine({ accounts }: { accounts: ReadonlyArray<Account | undefined> }) {
  const { t, locale, currency } = useI18n();
  const sum = (pick: (a: Account) => number) =>
    accounts.reduce((total, a) => total + (a ? pick(a) : 0), 0);
  return (
    <p>
      {t('approvals.stake', {
        potential: formatMoney(
          sum((a) => a.potentialCents),
          locale,
          currency,
        ),
        revenue: formatMoney(
          sum((a) => a.priorYearRevenueCents),
          locale,
          currency,
        ),
      })}
    </p>
  );
}

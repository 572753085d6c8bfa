import { formatMoney } from '@shared/format/intl';
import { overAllocation, type PlanAllocation } from '@shared/planning/allocate';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  teamTargetCents: number;
  shown: PlanAllocation;
  name: (memberId: string) => string;
}

/**
 * Own targets above the team target leave every other member at zero: said in words, with
 * who is left without a target — never only a negative gap.
 */
export function OverAllocationWarning({ teamTargetCents, shown, name }: Props) {
  const { t, locale, currency } = useI18n();
  const over = overAllocation(shown, teamTargetCents);
  if (!over) return null;
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    over.leftAtZero.map(name),
  );
  return (
    <div className="banner plan-over-allocated" role="alert" data-testid="plan-over-allocated">
      <p>
        {t('plans.summary.overAllocated', {
          amount: money(over.overCents),
          own: money(over.ownCents),
        })}
      </p>
      {over.leftAtZero.length > 0 && <p>{t('plans.summary.leftAtZero', { names })}</p>}
    </div>
  );
}

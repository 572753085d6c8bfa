import type { PlanAllocation } from '@shared/planning/allocate';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  teamTargetCents: number;
  shown: PlanAllocation;
  ramp: PlanAllocation | null;
  redistribute: boolean;
}

/** Team target, the sum of member targets and the gap between them — always in view. */
export function PlanSummary({ teamTargetCents, shown, ramp, redistribute }: Props) {
  const { t, locale, currency } = useI18n();
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const gap = teamTargetCents - shown.sumCents;
  return (
    <dl className="plan-summary" aria-label={t('plans.summary.gap')}>
      <div>
        <dt>{t('plans.summary.target')}</dt>
        <dd>{money(teamTargetCents)}</dd>
      </div>
      <div>
        <dt>{t('plans.summary.sum')}</dt>
        <dd>{money(shown.sumCents)}</dd>
      </div>
      <div className={gap === 0 ? 'gap-ok' : 'gap-open'} data-testid="plan-gap">
        <dt>{t('plans.summary.gap')}</dt>
        <dd>{gap === 0 ? t('plans.summary.gapNone') : money(gap)}</dd>
      </div>
      {ramp && ramp.rampReductionCents > 0 && (
        <div>
          <dt>{t('plans.summary.ramp')}</dt>
          <dd>
            {t(
              redistribute && ramp.redistributedCents > 0
                ? 'plans.summary.rampShared'
                : 'plans.summary.rampKept',
              {
                amount: money(ramp.rampReductionCents),
              },
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

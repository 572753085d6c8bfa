import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import type { PerformanceData } from './use-performance';

/** Says what the figures are measured against: no plan, or a plan not approved yet. */
export function PlanNotice({ data }: { data: PerformanceData }) {
  const { t } = useI18n();
  const openPlan = useAppStore((s) => s.openPlan);
  const year = fiscalYearLabel(data.fiscalYear, data.startMonth);
  if (data.plan?.state === 'approved') return null;
  return (
    <div className="banner banner-info no-print" role="note">
      <span>
        {data.plan
          ? t('perf.plan.notApproved', {
              year,
              version: data.plan.version,
              state: t(`plans.state.${data.plan.state}`),
            })
          : t('perf.plan.none', { year })}
      </span>
      <button
        type="button"
        className="button-quiet"
        onClick={() => openPlan(data.plan?.id ?? null)}
      >
        {t('perf.plan.open')}
      </button>
    </div>
  );
}

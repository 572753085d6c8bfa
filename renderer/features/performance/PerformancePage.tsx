import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { Tabs } from '@renderer/components/Tabs';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { PERFORMANCE_TABS } from '@renderer/store/slices/performance-ui';
import { ActualsView } from './ActualsView';
import { ChartsView } from './ChartsView';
import { Dashboard } from './Dashboard';
import { MemberPage } from './MemberPage';
import { PrintButton } from './PrintButton';
import { usePerformanceData } from './use-performance';
import { VarianceView } from './VarianceView';

/** Performance: the Monday-morning dashboard, the variance report, charts and actuals entry. */
export function PerformancePage() {
  const { t } = useI18n();
  const data = usePerformanceData();
  const tab = useAppStore((s) => s.performanceTab);
  const setTab = useAppStore((s) => s.setPerformanceTab);
  const setYear = useAppStore((s) => s.setPerformanceYear);
  const memberId = useAppStore((s) => s.performanceMemberId);
  const member = memberId ? data?.byId.get(memberId) : undefined;

  return (
    <div className="page performance-page">
      <header className="page-header">
        <div>
          <h1>{t('perf.title')}</h1>
          <p className="subtitle">{t('perf.lead')}</p>
        </div>
        <div className="form-actions no-print">
          {data && (
            <div className="field inline-field">
              <label htmlFor="perf-year">{t('perf.year')}</label>
              <select
                id="perf-year"
                className="input"
                value={data.fiscalYear}
                onChange={(e) => setYear(Number(e.target.value))}
              >
                {data.fiscalYears.map((year) => (
                  <option key={year} value={year}>
                    {fiscalYearLabel(year, data.startMonth)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {tab === 'dashboard' && !member && <PrintButton />}
        </div>
      </header>
      <Tabs
        label={t('perf.tabs')}
        idPrefix="perf"
        tabs={PERFORMANCE_TABS}
        current={tab}
        name={(x) => t(`perf.tab.${x}`)}
        onChange={setTab}
      />
      <div
        role="tabpanel"
        id="perf-panel"
        aria-labelledby={`perf-tab-${tab}`}
        className="tab-panel"
      >
        {data === undefined ? (
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        ) : member ? (
          <MemberPage data={data} member={member} />
        ) : data.members.length === 0 ? (
          <section className="empty-state">
            <p>{t('perf.noMembers')}</p>
          </section>
        ) : tab === 'dashboard' ? (
          <Dashboard data={data} />
        ) : tab === 'report' ? (
          <VarianceView data={data} />
        ) : tab === 'charts' ? (
          <ChartsView data={data} />
        ) : (
          <ActualsView data={data} />
        )}
      </div>
    </div>
  );
}

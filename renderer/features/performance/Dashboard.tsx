import { useMemo } from 'react';
import { formatMoney, formatMoneyRounded, formatPercent } from '@shared/format/intl';
import { forecastYear } from '@shared/performance/forecast';
import { varianceReport, type ReportRow } from '@shared/performance/report';
import { standings } from '@shared/performance/standings';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { usePendingCount } from '@renderer/app/data/use-approvals';
import { CumulativeChart } from './charts/CumulativeChart';
import { MemberLink } from './MemberLink';
import { PlanNotice } from './PlanNotice';
import { useAccountSide } from './use-account-side';
import { NO_CONTEXT, ytdLabel } from './performance-format';
import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { clock } from '@renderer/app/clock';
import type { PerformanceData } from './use-performance';
import { AccountsLoading } from '@renderer/components/AccountsLoading';

/** The Monday-morning screen: where the team stands, who needs help, what waits for a decision. */
export function Dashboard({ data }: { data: PerformanceData }) {
  const { t, locale, currency } = useI18n();
  const goTo = useAppStore((s) => s.goTo);
  const pending = usePendingCount();
  const side = useAccountSide(data.members);
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const report = useMemo(
    () => varianceReport(data.years, { kind: 'ytd', index: 0 }, data.closed, 'member', NO_CONTEXT),
    [data],
  );
  const ranks = useMemo(() => standings(report.rows), [report]);
  const forecast = useMemo(() => forecastYear(data.team, data.closed), [data]);
  const total = report.total;
  const name = (id: string) => data.byId.get(id)?.name ?? id;

  const rankList = (rows: ReportRow[], empty: string) =>
    rows.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ol className="rank-list">
        {rows.map((row) => (
          <li key={row.key}>
            <MemberLink id={row.key} name={name(row.key)} />
            <span className="numeric">{formatPercent(row.variance.attainmentPct, locale)}</span>
            <span className={`numeric ${row.variance.varianceCents < 0 ? 'negative' : 'positive'}`}>
              {money(row.variance.varianceCents)}
            </span>
          </li>
        ))}
      </ol>
    );

  return (
    <div className="dashboard">
      {/* On paper: what the page shows and when it was printed (the screen has the controls). */}
      <p className="print-only print-header" data-testid="print-header">
        {t('perf.pdf.header', {
          year: fiscalYearLabel(data.fiscalYear, data.startMonth),
          through: ytdLabel(data, locale),
          date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(clock.now()),
        })}
      </p>
      <PlanNotice data={data} />
      <div className="kpi-row">
        <section className="card kpi" aria-labelledby="kpi-attainment">
          <h2 id="kpi-attainment">{t('perf.dash.attainment')}</h2>
          <p className="kpi-value" data-testid="team-attainment">
            {formatPercent(total.variance.attainmentPct, locale)}
          </p>
          <p className="muted">
            {data.closed === 0
              ? t('perf.dash.noClosedMonth')
              : t('perf.dash.attainmentOf', {
                  achieved: money(total.figures.achievedCents),
                  target: money(total.figures.targetCents),
                  through: ytdLabel(data, locale),
                })}
          </p>
          <p className={total.variance.varianceCents < 0 ? 'negative' : 'positive'}>
            {t('perf.dash.variance', { amount: money(total.variance.varianceCents) })}
          </p>
        </section>
        <section className="card kpi" aria-labelledby="kpi-forecast">
          <h2 id="kpi-forecast">{t('perf.dash.forecast')}</h2>
          <p className="kpi-value">
            {formatMoneyRounded(forecast.planProjectionCents, locale, currency)}
          </p>
          <p className="muted">
            {t('perf.dash.forecastOf', {
              target: money(forecast.annualTargetCents),
              runRate: money(forecast.runRateProjectionCents),
            })}
          </p>
          <p className={forecast.gapCents < 0 ? 'negative' : 'positive'}>
            {forecast.gapCents < 0
              ? t('perf.dash.shortfall', { amount: money(-forecast.gapCents) })
              : t('perf.dash.surplus', { amount: money(forecast.gapCents) })}
          </p>
        </section>
        <section className="card kpi" aria-labelledby="kpi-approvals">
          <h2 id="kpi-approvals">{t('perf.dash.approvals')}</h2>
          <p className="kpi-value" data-testid="pending-approvals">
            {pending}
          </p>
          <button type="button" className="button" onClick={() => goTo('approvals')}>
            {t('perf.dash.openApprovals')}
          </button>
        </section>
        <section className="card kpi" aria-labelledby="kpi-balance">
          <h2 id="kpi-balance">{t('perf.dash.balance')}</h2>
          {side === null ? (
            <AccountsLoading />
          ) : side.outOfBalance === 0 && side.juniorLargeAccounts === 0 ? (
            <p>{t('perf.dash.balanceOk')}</p>
          ) : (
            <ul className="plain-list">
              {side.outOfBalance > 0 && (
                <li>{t('perf.dash.outOfBalance', { count: side.outOfBalance })}</li>
              )}
              {side.juniorLargeAccounts > 0 && (
                <li className="warning-text">
                  {t('perf.dash.juniorLarge', { count: side.juniorLargeAccounts })}
                </li>
              )}
            </ul>
          )}
          <button type="button" className="button" onClick={() => goTo('territories')}>
            {t('perf.dash.openTerritories')}
          </button>
        </section>
      </div>
      <div className="two-columns">
        <section className="card" aria-labelledby="dash-behind">
          <h2 id="dash-behind">{t('perf.dash.behind')}</h2>
          {rankList(ranks.behind, t('perf.dash.noneBehind'))}
        </section>
        <section className="card" aria-labelledby="dash-ahead">
          <h2 id="dash-ahead">{t('perf.dash.ahead')}</h2>
          {rankList(ranks.ahead, t('perf.dash.noneAhead'))}
        </section>
      </div>
      <CumulativeChart data={data} year={data.team} title={t('perf.chart.cumulative.team')} eager />
    </div>
  );
}

import { ArrowLeft } from 'lucide-react';
import { useMemo } from 'react';
import { CUSTOMER_STATUSES } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import {
  formatMoney,
  formatMoneyRounded,
  formatMonth,
  formatNumber,
  formatPercent,
} from '@shared/format/intl';
import { forecastYear } from '@shared/performance/forecast';
import { figuresOver, varianceOf } from '@shared/performance/variance';
import { EMPTY_FILTER } from '@renderer/app/data/account-query';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { CumulativeChart } from './charts/CumulativeChart';
import { useAccountSide } from './use-account-side';
import { AccountsLoading } from '@renderer/components/AccountsLoading';
import type { PerformanceData } from './use-performance';

/** One member: their year month by month, their customers, and the way to their plan and accounts. */
export function MemberPage({ data, member }: { data: PerformanceData; member: TeamMember }) {
  const { t, locale, currency } = useI18n();
  const close = useAppStore((s) => s.openPerformanceMember);
  const openPlan = useAppStore((s) => s.openPlan);
  const goTo = useAppStore((s) => s.goTo);
  const setFilter = useAppStore((s) => s.setAccountFilter);
  const side = useAccountSide(data.members);
  const year = data.years.find((y) => y.memberId === member.id);
  const ytd = useMemo(
    () =>
      year
        ? varianceOf(
            figuresOver(
              year,
              Array.from({ length: data.closed }, (_, i) => i),
            ),
          )
        : null,
    [year, data.closed],
  );
  const forecast = useMemo(
    () => (year ? forecastYear(year, data.closed) : null),
    [year, data.closed],
  );
  const care = side?.care.get(member.id);
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const supervisor = member.supervisorId ? data.byId.get(member.supervisorId)?.name : null;

  return (
    <div className="member-page">
      <div className="toolbar">
        <button type="button" className="button" onClick={() => close(null)}>
          <ArrowLeft size={16} aria-hidden="true" />
          {t('perf.member.back')}
        </button>
      </div>
      <header className="section-header">
        <div>
          <h2>{member.name}</h2>
          <p className="muted">
            {t(`team.level.${member.level}`)}
            {supervisor ? ` · ${t('perf.member.supervisor', { name: supervisor })}` : ''}
          </p>
        </div>
        <div className="form-actions">
          {data.plan && (
            <button type="button" className="button" onClick={() => openPlan(data.plan!.id)}>
              {t('perf.member.openPlan')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              setFilter({ ...EMPTY_FILTER, ownerId: member.id });
              goTo('accounts');
            }}
          >
            {t('perf.member.openAccounts')}
          </button>
        </div>
      </header>
      {!year || !forecast || !ytd ? (
        <section className="empty-state">
          <p>{t('perf.member.nothing')}</p>
        </section>
      ) : (
        <>
          <div className="kpi-row">
            <section className="card kpi">
              <h3>{t('perf.member.attainment')}</h3>
              <p className="kpi-value" data-testid="member-attainment">
                {formatPercent(ytd.attainmentPct, locale)}
              </p>
              <p className={ytd.varianceCents < 0 ? 'negative' : 'positive'}>
                {t('perf.dash.variance', { amount: money(ytd.varianceCents) })}
              </p>
            </section>
            <section className="card kpi">
              <h3>{t('perf.dash.forecast')}</h3>
              <p className="kpi-value">
                {formatMoneyRounded(forecast.planProjectionCents, locale, currency)}
              </p>
              <p className="muted">
                {t('perf.dash.forecastOf', {
                  target: money(forecast.annualTargetCents),
                  runRate: money(forecast.runRateProjectionCents),
                })}
              </p>
            </section>
            <section className="card kpi">
              <h3>{t('perf.member.customers')}</h3>
              {care ? (
                <>
                  <p className="kpi-value">{formatNumber(care.accounts, locale)}</p>
                  <p className="muted">
                    {CUSTOMER_STATUSES.map(
                      (s) => `${t(`accounts.status.${s}`)} ${care.byStatus[s]}`,
                    ).join(' · ')}
                  </p>
                  <p className="muted">
                    {t('perf.member.satisfaction', {
                      value:
                        care.satisfaction === null
                          ? '–'
                          : formatNumber(Math.round(care.satisfaction * 10) / 10, locale),
                    })}
                  </p>
                </>
              ) : side === null ? (
                <AccountsLoading />
              ) : (
                <p className="muted">{t('perf.member.noAccounts')}</p>
              )}
            </section>
          </div>
          <CumulativeChart
            data={data}
            year={year}
            title={t('perf.chart.cumulative.member', { name: member.name })}
            forecast
            eager
          />
          <section className="card">
            <h3>{t('perf.member.months')}</h3>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th>{t('perf.axis.month')}</th>
                    <th className="numeric">{t('perf.col.target')}</th>
                    <th className="numeric">{t('perf.col.achieved')}</th>
                    <th className="numeric">{t('perf.col.variance')}</th>
                    <th className="numeric">{t('perf.series.new')}</th>
                    <th className="numeric">{t('perf.series.existing')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.months.map((month, i) => {
                    const f = figuresOver(year, [i]);
                    const v = varianceOf(f);
                    const open = i >= data.closed;
                    return (
                      <tr key={month} className={open ? 'muted' : undefined}>
                        <th scope="row">{formatMonth(month, locale)}</th>
                        <td className="numeric">{money(f.targetCents)}</td>
                        <td className="numeric">
                          {open && f.achievedCents === 0 ? '–' : money(f.achievedCents)}
                        </td>
                        <td className={`numeric ${!open && v.varianceCents < 0 ? 'negative' : ''}`}>
                          {open ? '–' : money(v.varianceCents)}
                        </td>
                        <td className="numeric">{money(f.newCents)}</td>
                        <td className="numeric">{money(f.existingCents)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

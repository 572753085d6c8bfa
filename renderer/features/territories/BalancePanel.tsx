import { useCallback, useMemo } from 'react';
import { useAfterPaint } from '@renderer/app/after-paint';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { formatMoney, formatNumber } from '@shared/format/intl';
import {
  BALANCE_METRICS,
  balanceReport,
  type BalanceMetric,
  type MemberLoad,
} from '@shared/territory/balance';
import { useI18n } from '@renderer/i18n/i18n-context';
import { BalanceChart } from './BalanceChart';
import { BalanceTable } from './BalanceTable';
import { useAppStore } from '@renderer/store/app-store';

interface Props {
  loadsByMember: ReadonlyMap<string, MemberLoad>;
  loadsByTerritory: ReadonlyMap<string, MemberLoad>;
  members: readonly TeamMember[];
  territories: readonly Territory[];
}

/** Each member against the team mean on the chosen metric, as a table and a chart. */
export function BalancePanel({ loadsByMember, loadsByTerritory, members, territories }: Props) {
  const { t, locale, currency } = useI18n();
  const metric = useAppStore((s) => s.balanceMetric);
  const setMetric = useAppStore((s) => s.setBalanceMetric);
  const by = useAppStore((s) => s.balanceBy);
  const setBy = useAppStore((s) => s.setBalanceBy);
  // Territories are compared like members; their capacity is their owner's.
  const entries = useMemo(
    () =>
      by === 'member'
        ? members.map((m) => ({ id: m.id, name: m.name, capacity: m.capacity, active: m.active }))
        : territories
            .filter((x) => x.kind === 'territory')
            .map((x) => ({
              id: x.id,
              name: x.name,
              capacity: members.find((m) => m.id === x.ownerId)?.capacity ?? 0,
              active: true,
            })),
    [by, members, territories],
  );
  const report = useMemo(
    () => balanceReport(by === 'member' ? loadsByMember : loadsByTerritory, entries, metric),
    [by, loadsByMember, loadsByTerritory, entries, metric],
  );
  const names = useMemo(() => new Map(entries.map((m) => [m.id, m])), [entries]);
  const show = (value: number) => formatMetric(value, metric, locale, currency);
  // A big team's chart shows those furthest from the mean; the table below lists everyone.
  const charted = useMemo(
    () =>
      report.rows.length > CHART_LIMIT
        ? [...report.rows]
            .sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation))
            .slice(0, CHART_LIMIT)
        : report.rows,
    [report],
  );
  // The table updates with the input; the chart (rows, mean and band together) after that
  // frame is painted, so recharts never holds up the table.
  const chart = useAfterPaint(
    useMemo(() => ({ rows: charted, report, metric }), [charted, report, metric]),
  );
  // Stable while the chart's metric is: a new function would re-render the (memoised) chart
  // with its old bars inside the click that switches the metric.
  const showCharted = useCallback(
    (value: number) => formatMetric(value, chart.metric, locale, currency),
    [chart.metric, locale, currency],
  );

  return (
    <section className="card" aria-labelledby="balance-title">
      <div className="section-header">
        <h2 id="balance-title">{t('balance.title')}</h2>
        <fieldset className="segmented" aria-label={t('balance.by')}>
          {(['member', 'territory'] as const).map((value) => (
            <label key={value} className={value === by ? 'segmented-on' : undefined}>
              <input
                type="radio"
                name="balance-by"
                value={value}
                checked={value === by}
                onChange={() => setBy(value)}
              />
              {t(`balance.by.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented" aria-label={t('balance.metric')}>
          {BALANCE_METRICS.map((m) => (
            <label key={m} className={m === metric ? 'segmented-on' : undefined}>
              <input
                type="radio"
                name="balance-metric"
                value={m}
                checked={m === metric}
                onChange={() => setMetric(m)}
              />
              {t(`balance.metric.${m}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {report.rows.length === 0 ? (
        <p className="muted">{t('balance.empty')}</p>
      ) : (
        <>
          <p className="muted" data-testid="balance-mean">
            {t('balance.mean', { value: show(report.mean) })}
            {charted.length < report.rows.length &&
              ` · ${t('balance.chartLimited', { shown: charted.length, total: report.rows.length })}`}
          </p>
          <BalanceChart
            chart={chart}
            names={names}
            locale={locale}
            label={t('balance.chart', { metric: t(`balance.metric.${chart.metric}`) })}
            series={t(`balance.metric.${chart.metric}`)}
            show={showCharted}
          />
          <BalanceTable
            rows={report.rows}
            heading={t(by === 'member' ? 'balance.col.member' : 'balance.col.territory')}
            name={(id) => names.get(id)?.name ?? id}
            show={show}
          />
        </>
      )}
    </section>
  );
}

const CHART_LIMIT = 40;

function formatMetric(value: number, metric: BalanceMetric, locale: string, currency: string) {
  return metric === 'potential' || metric === 'priorYearRevenue'
    ? formatMoney(Math.round(value), locale, currency)
    : formatNumber(Math.round(value), locale);
}

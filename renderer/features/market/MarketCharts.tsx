import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatNumber } from '@shared/format/intl';
import { paretoCurve, DEFAULT_ABC } from '@shared/market/pareto';
import { untapped } from '@shared/market/market-rows';
import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { useI18n } from '@renderer/i18n/i18n-context';
import { COLORS } from '@renderer/components/charts/palette';
import { HeatTable } from './HeatTable';
import { MarketMap } from './MarketMap';
import type { MarketData } from './use-market-data';

/** How many accounts the scatter draws: the largest by potential (the table lists all). */
const SCATTER_POINTS = 600;
const euros = (cents: number) => Math.round(cents / 100);

/** The market in pictures: penetration heat, potential vs revenue, concentration, growth. */
export function MarketCharts({ data }: { data: MarketData }) {
  const { t, locale, currency } = useI18n();
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const revenueAxis = {
    value: t('market.axis.revenue', { currency }),
    angle: -90,
    position: 'insideLeft' as const,
    offset: -12,
  };
  const scatter = useMemo(() => {
    const largest = [...data.accounts]
      .sort((a, b) => b.potentialCents - a.potentialCents)
      .slice(0, SCATTER_POINTS);
    const served = largest.filter((a) => a.priorYearRevenueCents >= a.potentialCents * 0.3);
    const under = largest.filter((a) => a.priorYearRevenueCents < a.potentialCents * 0.3);
    const point = (a: (typeof largest)[number]) => ({
      name: a.name,
      potential: euros(a.potentialCents),
      revenue: euros(a.priorYearRevenueCents),
    });
    return { under: under.map(point), served: served.map(point), largest };
  }, [data]);
  const pareto = useMemo(
    () => paretoCurve(data.accounts.map((a) => a.priorYearRevenueCents)),
    // A new MarketData comes with every change of the accounts (the array is updated in place).
    [data],
  );
  const forA = pareto.customersFor(DEFAULT_ABC.a);
  const forB = pareto.customersFor(DEFAULT_ABC.b);
  const pct = (count: number) =>
    pareto.customers ? Math.round((100 * count) / pareto.customers) : 0;

  return (
    <div className="charts">
      <MarketMap data={data} />
      <HeatTable data={data} />
      <ChartCard
        title={t('market.scatter')}
        description={t('market.scatter.desc', { count: scatter.largest.length })}
        fileBase={t('market.scatter.file')}
        legend={[
          { label: t('market.scatter.under'), color: COLORS.junior },
          { label: t('market.scatter.served'), color: COLORS.senior },
        ]}
        empty={scatter.largest.length === 0 ? t('market.empty') : null}
        chart={
          <ResponsiveContainer width="100%" height={320}>
            <ScatterChart margin={{ left: 24, right: 24, top: 8, bottom: 24 }}>
              <CartesianGrid stroke={COLORS.grid} />
              <XAxis
                type="number"
                dataKey="potential"
                name={t('market.col.potential')}
                tickFormatter={(v: number) => formatNumber(v, locale)}
                label={{
                  value: t('market.axis.potential', { currency }),
                  position: 'insideBottom',
                  offset: -14,
                }}
              />
              <YAxis
                type="number"
                dataKey="revenue"
                name={t('market.col.priorYear')}
                width={90}
                tickFormatter={(v: number) => formatNumber(v, locale)}
                label={revenueAxis}
              />
              <Tooltip formatter={(v) => money(Number(v) * 100)} />
              <Scatter
                name={t('market.scatter.under')}
                data={scatter.under}
                fill={COLORS.junior}
                isAnimationActive={false}
              />
              <Scatter
                name={t('market.scatter.served')}
                data={scatter.served}
                fill={COLORS.senior}
                isAnimationActive={false}
              />
            </ScatterChart>
          </ResponsiveContainer>
        }
        table={() => (
          <ChartTable
            headers={[
              t('market.col.account'),
              t('market.col.potential'),
              t('market.col.priorYear'),
              t('market.col.untapped'),
            ]}
            rows={scatter.largest.map((a) => ({
              key: a.id,
              cells: [
                a.name,
                money(a.potentialCents),
                money(a.priorYearRevenueCents),
                money(untapped(a.potentialCents, a.priorYearRevenueCents)),
              ],
            }))}
          />
        )}
      />
      <ChartCard
        title={t('market.pareto')}
        description={t('market.pareto.desc', {
          count: forA,
          pct: pct(forA),
          a: DEFAULT_ABC.a,
          countB: forB,
          b: DEFAULT_ABC.b,
        })}
        fileBase={t('market.pareto.file')}
        legend={[
          { label: t('market.pareto.curve'), color: COLORS.achieved },
          { label: t('market.pareto.thresholds'), color: COLORS.target },
        ]}
        empty={pareto.customers === 0 ? t('market.noRevenue') : null}
        chart={
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={pareto.points} margin={{ left: 24, right: 24, top: 8, bottom: 24 }}>
              <CartesianGrid stroke={COLORS.grid} />
              <XAxis
                dataKey="customersPct"
                type="number"
                domain={[0, 100]}
                unit=" %"
                label={{ value: t('market.axis.customers'), position: 'insideBottom', offset: -14 }}
              />
              <YAxis
                domain={[0, 100]}
                unit=" %"
                width={70}
                label={{
                  value: t('market.axis.share'),
                  angle: -90,
                  position: 'insideLeft',
                  offset: -4,
                }}
              />
              <Tooltip formatter={(v) => `${formatNumber(Math.round(Number(v)), locale)} %`} />
              <ReferenceLine
                y={DEFAULT_ABC.a}
                stroke={COLORS.target}
                strokeDasharray="4 3"
                label="A"
              />
              <ReferenceLine
                y={DEFAULT_ABC.b}
                stroke={COLORS.target}
                strokeDasharray="4 3"
                label="B"
              />
              <ReferenceLine x={pct(forA)} stroke={COLORS.target} strokeDasharray="2 3" />
              <Line
                dataKey="revenuePct"
                name={t('market.pareto.curve')}
                stroke={COLORS.achieved}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        }
        table={() => (
          <ChartTable
            headers={[t('market.axis.customers'), t('market.axis.share')]}
            rows={pareto.points
              .filter((p) => p.customersPct % 10 === 0)
              .map((p) => ({
                key: String(p.customersPct),
                cells: [
                  `${p.customersPct} %`,
                  `${formatNumber(Math.round(p.revenuePct * 10) / 10, locale)} %`,
                ],
              }))}
          />
        )}
      />
      <ChartCard
        title={t('market.growth')}
        description={t('market.growth.desc')}
        fileBase={t('market.growth.file')}
        legend={[
          { label: t('perf.series.new'), color: COLORS.newBusiness },
          { label: t('perf.series.existing'), color: COLORS.existingBusiness },
        ]}
        empty={data.growth.length === 0 ? t('market.noRevenue') : null}
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart
              data={data.growth.map((g) => ({
                year: fiscalYearLabel(g.fiscalYear, 1),
                newBusiness: euros(g.newCents),
                existing: euros(g.existingCents),
              }))}
              margin={{ left: 24, right: 24, top: 8, bottom: 8 }}
            >
              <CartesianGrid vertical={false} stroke={COLORS.grid} />
              <XAxis dataKey="year" />
              <YAxis
                width={90}
                tickFormatter={(v: number) => formatNumber(v, locale)}
                label={revenueAxis}
              />
              <Tooltip formatter={(v) => money(Number(v) * 100)} />
              <Bar
                dataKey="newBusiness"
                stackId="g"
                name={t('perf.series.new')}
                fill={COLORS.newBusiness}
                isAnimationActive={false}
              />
              <Bar
                dataKey="existing"
                stackId="g"
                name={t('perf.series.existing')}
                fill={COLORS.existingBusiness}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        }
        table={() => (
          <ChartTable
            headers={[t('perf.year'), t('perf.series.new'), t('perf.series.existing')]}
            rows={data.growth.map((g) => ({
              key: String(g.fiscalYear),
              cells: [String(g.fiscalYear), money(g.newCents), money(g.existingCents)],
            }))}
          />
        )}
      />
    </div>
  );
}

import { memo, useMemo } from 'react';
import { Bar } from 'recharts';
import { formatMoney } from '@shared/format/intl';
import type { ReportRow } from '@shared/performance/report';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { MemberLink } from '../MemberLink';
import { euros } from '../performance-format';
import type { PerformanceData } from '../use-performance';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { MemberBars } from './MemberBars';
import { CHART_MEMBERS, COLORS } from '@renderer/components/charts/palette';

/** New and existing business per member, stacked, largest first. */
export const MixChart = memo(function MixChart({
  data,
  rows,
  fileTag,
}: {
  data: PerformanceData;
  rows: readonly ReportRow[];
  /** The fiscal year and period shown, for the picture's file name. */
  fileTag: string;
}) {
  const { t, locale, currency } = useI18n();
  const open = useAppStore((s) => s.openPerformanceMember);
  const sorted = useMemo(
    () =>
      rows
        .filter((r) => r.figures.achievedCents > 0)
        .sort((a, b) => b.figures.achievedCents - a.figures.achievedCents),
    [rows],
  );
  const points = sorted.slice(0, CHART_MEMBERS).map((row) => ({
    id: row.key,
    name: data.byId.get(row.key)?.name ?? row.key,
    newBusiness: euros(row.figures.newCents),
    existing: euros(row.figures.existingCents),
  }));
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const click = (entry: { payload?: unknown }) => open((entry.payload as { id: string }).id);
  const bar = (key: 'newBusiness' | 'existing', name: string, fill: string) => (
    <Bar
      dataKey={key}
      stackId="mix"
      name={name}
      fill={fill}
      isAnimationActive={false}
      cursor="pointer"
      onClick={click}
    />
  );
  return (
    <ChartCard
      title={t('perf.chart.mix')}
      description={t('perf.chart.mix.desc')}
      fileBase={`${t('perf.chart.mix.file')}_${fileTag}`}
      legend={[
        { label: t('perf.series.new'), color: COLORS.newBusiness },
        { label: t('perf.series.existing'), color: COLORS.existingBusiness },
      ]}
      empty={sorted.length === 0 ? t('perf.chart.noActuals') : null}
      note={
        sorted.length > points.length
          ? t('perf.chart.largest', { shown: points.length, count: sorted.length })
          : undefined
      }
      chart={
        <MemberBars
          points={points}
          axisLabel={t('perf.axis.revenue', { currency })}
          tooltip={(v) => money(v * 100)}
        >
          {bar('newBusiness', t('perf.series.new'), COLORS.newBusiness)}
          {bar('existing', t('perf.series.existing'), COLORS.existingBusiness)}
        </MemberBars>
      }
      table={() => (
        <ChartTable
          headers={[
            t('perf.col.member'),
            t('perf.series.new'),
            t('perf.series.existing'),
            t('perf.col.achieved'),
          ]}
          rows={sorted.map((row) => ({
            key: row.key,
            cells: [
              <MemberLink key="m" id={row.key} name={data.byId.get(row.key)?.name ?? row.key} />,
              money(row.figures.newCents),
              money(row.figures.existingCents),
              money(row.figures.achievedCents),
            ],
          }))}
        />
      )}
    />
  );
});

import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber, formatPercent } from '@shared/format/intl';
import type { LevelComparison } from '@shared/performance/levels';
import { useI18n } from '@renderer/i18n/i18n-context';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { COLORS } from '@renderer/components/charts/palette';

/** Juniors next to Seniors: attainment and new-business share, with contributions in the table. */
export const LevelChart = memo(function LevelChart({
  levels,
  fileTag,
  notYet = null,
}: {
  levels: readonly LevelComparison[];
  /** The fiscal year and period shown, for the picture's file name. */
  fileTag: string;
  /** Why nothing is measured yet (no month of the period has closed), or null. */
  notYet?: string | null;
}) {
  const { t, locale, currency } = useI18n();
  const [junior, senior] = levels;
  const round = (v: number | null) => (v === null ? 0 : Math.round(v * 10) / 10);
  const points = [
    {
      measure: t('perf.col.attainment'),
      junior: round(junior!.variance.attainmentPct),
      senior: round(senior!.variance.attainmentPct),
    },
    {
      measure: t('perf.col.newShare'),
      junior: round(junior!.newSharePct),
      senior: round(senior!.newSharePct),
    },
  ];
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const level = (l: 'junior' | 'senior') => t(`team.levelShort.${l}`);
  const empty = levels.every(
    (l) => l.members === 0 || (l.figures.achievedCents === 0 && l.figures.targetCents === 0),
  );
  return (
    <ChartCard
      title={t('perf.chart.levels')}
      description={t('perf.chart.levels.desc', {
        junior: money(junior!.perMemberCents),
        senior: money(senior!.perMemberCents),
        juniorAccount: money(junior!.perAccountCents),
        seniorAccount: money(senior!.perAccountCents),
      })}
      fileBase={`${t('perf.chart.levels.file')}_${fileTag}`}
      legend={[
        { label: level('junior'), color: COLORS.junior },
        { label: level('senior'), color: COLORS.senior },
      ]}
      empty={notYet ?? (empty ? t('perf.chart.nothing') : null)}
      chart={
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={points} margin={{ left: 24, right: 24, top: 8, bottom: 8 }}>
            <CartesianGrid vertical={false} stroke={COLORS.grid} />
            <XAxis dataKey="measure" />
            <YAxis unit=" %" width={70} tickFormatter={(v: number) => formatNumber(v, locale)} />
            <Tooltip formatter={(v) => formatPercent(Number(v), locale)} />
            <Bar
              dataKey="junior"
              name={level('junior')}
              fill={COLORS.junior}
              isAnimationActive={false}
            />
            <Bar
              dataKey="senior"
              name={level('senior')}
              fill={COLORS.senior}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={() => (
        <ChartTable
          headers={[
            t('perf.col.level'),
            t('perf.col.members'),
            t('perf.col.target'),
            t('perf.col.achieved'),
            t('perf.col.attainment'),
            t('perf.col.perMember'),
            t('perf.col.perAccount'),
            t('perf.col.newShare'),
          ]}
          rows={levels.map((l) => ({
            key: l.level,
            cells: [
              level(l.level),
              formatNumber(l.members, locale),
              money(l.figures.targetCents),
              money(l.figures.achievedCents),
              formatPercent(l.variance.attainmentPct, locale),
              money(l.perMemberCents),
              money(l.perAccountCents),
              formatPercent(l.newSharePct, locale),
            ],
          }))}
        />
      )}
    />
  );
});

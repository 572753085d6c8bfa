import { useDeferredValue, useMemo, useState } from 'react';
import { SelectField } from '@renderer/components/SelectField';
import { compareLevels } from '@shared/performance/levels';
import { varianceReport } from '@shared/performance/report';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { AttainmentChart } from './charts/AttainmentChart';
import { CareChart } from './charts/CareChart';
import { CumulativeChart } from './charts/CumulativeChart';
import { LevelChart } from './charts/LevelChart';
import { MixChart } from './charts/MixChart';
import { PeriodSelect } from './PeriodSelect';
import { PlanNotice } from './PlanNotice';
import { NO_CONTEXT, periodFileTag } from './performance-format';
import { useAccountSide } from './use-account-side';
import type { PerformanceData } from './use-performance';
import { AccountsLoading } from '@renderer/components/AccountsLoading';

/** The six pictures of the team's year; a click on a member opens their page. */
export function ChartsView({ data }: { data: PerformanceData }) {
  const { t } = useI18n();
  const period = useAppStore((s) => s.reportPeriod);
  // Deferred: the accounts arrive in a synchronous store update; the care and level charts that
  // then change are drawn in an interruptible render, not inside that task (traced at 250k).
  const side = useDeferredValue(useAccountSide(data.members));
  const [memberId, setMemberId] = useState('');
  const report = useMemo(
    () => varianceReport(data.years, period, data.closed, 'member', NO_CONTEXT),
    [data, period],
  );
  const levels = useMemo(
    () =>
      compareLevels(
        report.rows.map((row) => ({
          memberId: row.key,
          level: data.byId.get(row.key)?.level ?? 'senior',
          figures: row.figures,
          accounts: side?.care.get(row.key)?.accounts ?? 0,
        })),
      ),
    [report, data.byId, side],
  );
  const chosen = data.years.find((y) => y.memberId === memberId);
  const fileTag = periodFileTag(data, period, t);
  // The running month (or a later one) is not judged: its charts say so instead of 0 %.
  const notYet = report.judged ? null : t('perf.chart.notYet');

  return (
    <div className="charts">
      <PlanNotice data={data} />
      <div className="toolbar no-print">
        <PeriodSelect data={data} />
      </div>
      <AttainmentChart data={data} rows={report.rows} fileTag={fileTag} notYet={notYet} />
      <div className="toolbar no-print">
        <SelectField
          inline
          id="perf-cumulative-member"
          label={t('perf.chart.cumulative.for')}
          value={memberId}
          options={[
            { value: '', label: t('perf.chart.cumulative.teamOption') },
            ...data.members.map((m) => ({ value: m.id, label: m.name })),
          ]}
          onChange={setMemberId}
        />
      </div>
      <CumulativeChart
        data={data}
        year={chosen ?? data.team}
        title={
          chosen
            ? t('perf.chart.cumulative.member', { name: data.byId.get(chosen.memberId)!.name })
            : t('perf.chart.cumulative.team')
        }
      />
      <CumulativeChart data={data} year={data.team} title={t('perf.chart.forecast')} forecast />
      <LevelChart levels={levels} fileTag={fileTag} notYet={notYet} />
      <MixChart data={data} rows={report.rows} fileTag={fileTag} />
      {side === null ? <AccountsLoading /> : <CareChart data={data} care={side.care} />}
    </div>
  );
}

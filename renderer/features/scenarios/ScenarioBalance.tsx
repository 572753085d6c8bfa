import { useEffect, useMemo, useState } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import type { BalanceExplanation } from '@shared/scenario/scenario';
import { formatPercent } from '@shared/format/intl';
import {
  BALANCE_METRICS,
  balanceReport,
  type BalanceMetric,
  type MemberLoad,
} from '@shared/territory/balance';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { ends } from '@renderer/components/charts/palette';
import { VirtualTable } from './VirtualTable';
import { BeforeAfterChart } from './BeforeAfterChart';
import { formatMetric } from './metric-format';

interface Props {
  before: ReadonlyMap<string, MemberLoad>;
  after: ReadonlyMap<string, MemberLoad>;
  members: readonly TeamMember[];
  /** What auto-balance evened out (if it made this scenario): the view opens on that. */
  balanced?: BalanceExplanation | null;
  tolerance: number;
  labels: { before: string; after: string };
}

/** Both sides' balance on one metric: each member's value and deviation, side by side. */
export function ScenarioBalance({
  before,
  after,
  members: team,
  balanced,
  tolerance,
  labels,
}: Props) {
  const { t, locale, currency } = useI18n();
  const metric = useAppStore((s) => s.balanceMetric);
  const setMetric = useAppStore((s) => s.setBalanceMetric);
  const chosen = useMemo(() => new Set(balanced?.members.map((m) => m.id) ?? []), [balanced]);
  const [onlyChosen, setOnlyChosen] = useState(chosen.size > 0);
  const members = useMemo(
    () => (onlyChosen && chosen.size > 0 ? team.filter((m) => chosen.has(m.id)) : team),
    [team, chosen, onlyChosen],
  );
  // Opens on the metric that was balanced (a mix has no single one to show).
  const balancedMetric = balanced?.target;
  useEffect(() => {
    if (balancedMetric && balancedMetric !== 'mix') setMetric(balancedMetric);
  }, [balancedMetric, setMetric]);
  const reportBefore = useMemo(
    () => balanceReport(before, members, metric, tolerance),
    [before, members, metric, tolerance],
  );
  const reportAfter = useMemo(
    () => balanceReport(after, members, metric, tolerance),
    [after, members, metric, tolerance],
  );
  const rows = useMemo(() => {
    const was = new Map(reportBefore.rows.map((r) => [r.memberId, r]));
    return reportAfter.rows
      .map((row) => ({ after: row, before: was.get(row.memberId)! }))
      .sort((a, b) => Math.abs(b.after.deviation) - Math.abs(a.after.deviation));
  }, [reportBefore, reportAfter]);
  const names = new Map(members.map((m) => [m.id, m]));
  const show = (value: number, m: BalanceMetric = metric) =>
    formatMetric(value, m, locale, currency);
  const pct = (fraction: number) => formatPercent(fraction * 100, locale);
  const outside = (deviation: number) => Math.abs(deviation) > tolerance + 1e-9;
  const countOutside = (side: 'before' | 'after') =>
    rows.filter((r) => outside(r[side].deviation)).length;
  const charted = ends(rows);
  return (
    <div className="scenario-balance">
      <div className="toolbar">
        <SelectField
          id="scenario-metric"
          label={t('balance.metric')}
          inline
          value={metric}
          onChange={setMetric}
          options={BALANCE_METRICS.map((m) => ({ value: m, label: t(`balance.metric.${m}`) }))}
        />
        {chosen.size > 0 && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onlyChosen}
              onChange={(e) => setOnlyChosen(e.target.checked)}
            />
            {t('scenarios.balance.onlyChosen', { count: chosen.size })}
          </label>
        )}
        <p className="muted" role="status">
          {t('scenarios.balance.outside', {
            tolerance: pct(tolerance),
            before: countOutside('before'),
            after: countOutside('after'),
            beforeLabel: labels.before,
            afterLabel: labels.after,
          })}
        </p>
      </div>
      <div
        className="chart"
        role="img"
        aria-label={t('scenarios.balance.chart', { metric: t(`balance.metric.${metric}`) })}
      >
        <BeforeAfterChart
          rows={charted.map((r) => ({
            name: names.get(r.after.memberId)?.name ?? r.after.memberId,
            before: r.before.value,
            after: r.after.value,
          }))}
          band={reportAfter.band}
          mean={reportAfter.mean}
          target={metric}
          locale={locale}
          show={(value) => show(value)}
          labels={{ ...labels, axis: t(`balance.metric.${metric}`) }}
        />
      </div>
      <VirtualTable
        label={t('scenarios.balance.table')}
        rows={rows}
        head={
          <tr>
            <th scope="col">{t('scenarios.col.member')}</th>
            <th scope="col">{t('scenarios.col.level')}</th>
            <th scope="col" className="numeric">
              {labels.before}
            </th>
            <th scope="col" className="numeric">
              {t('scenarios.col.deviationOf', { side: labels.before })}
            </th>
            <th scope="col" className="numeric">
              {labels.after}
            </th>
            <th scope="col" className="numeric">
              {t('scenarios.col.deviationOf', { side: labels.after })}
            </th>
            <th scope="col" className="numeric">
              {t('scenarios.col.capacityUse')}
            </th>
          </tr>
        }
        row={(row, index) => {
          const member = names.get(row.after.memberId);
          return (
            <tr key={row.after.memberId} aria-rowindex={index + 2}>
              <th scope="row">{member?.name ?? row.after.memberId}</th>
              <td>{member ? t(`team.levelShort.${member.level}`) : ''}</td>
              <td className="numeric">{show(row.before.value)}</td>
              <td className={outside(row.before.deviation) ? 'numeric warning-text' : 'numeric'}>
                {pct(row.before.deviation)}
              </td>
              <td className="numeric">{show(row.after.value)}</td>
              <td className={outside(row.after.deviation) ? 'numeric warning-text' : 'numeric'}>
                {pct(row.after.deviation)}
              </td>
              <td className="numeric">
                {row.after.capacityUse === null ? '–' : pct(row.after.capacityUse)}
              </td>
            </tr>
          );
        }}
      />
    </div>
  );
}

import { useMemo } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMoneyRounded, formatNumber, formatPercent } from '@shared/format/intl';
import type { BalanceExplanation } from '@shared/scenario/scenario';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { useI18n } from '@renderer/i18n/i18n-context';
import { ends } from '@renderer/components/charts/palette';
import { AFTER_COLOUR, BEFORE_COLOUR, BeforeAfterChart } from './BeforeAfterChart';
import { ExactOutcomeView } from './ExactOutcomeView';
import { formatMetric } from './metric-format';

interface Props {
  explanation: BalanceExplanation;
  membersById: ReadonlyMap<string, TeamMember>;
}

/** How the balancer did: each member before and after, why anyone stays out, how good it can get. */
export function BalanceExplain({ explanation, membersById }: Props) {
  const { t, locale, currency } = useI18n();
  const { band, target } = explanation;
  const mean = (band.low + band.high) / 2;
  const pct = (fraction: number) => formatPercent(fraction * 100, locale);
  const show = (value: number) => formatMetric(value, target, locale, currency);
  const deviation = (value: number) => (mean === 0 ? 0 : (value - mean) / mean);
  const rows = useMemo(
    () =>
      [...explanation.members].sort(
        (a, b) => deviation(b.after) - deviation(a.after) || a.id.localeCompare(b.id),
      ),
    [explanation], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const outside = rows.filter((r) => r.reason !== null);
  const name = (id: string) => membersById.get(id)?.name ?? id;
  const charted = ends(rows);
  const boundAllows = explanation.bound <= explanation.tolerance + 1e-9;
  return (
    <div className="scenario-explain">
      <p>
        {/* The headline says what was reached; the aim only where it was met. */}
        {t(
          explanation.after.maxDeviation <= explanation.tolerance + 1e-9
            ? 'scenarios.explain.summary'
            : 'scenarios.explain.summaryShort',
          {
            target: t(`scenarios.target.${target}`),
            count: explanation.members.length,
            tolerance: pct(explanation.tolerance),
            before: pct(explanation.before.maxDeviation),
            after: pct(explanation.after.maxDeviation),
            moved: explanation.movedAccounts,
          },
        )}
        {explanation.movedPotentialCents !== undefined &&
          ` ${t('scenarios.explain.movedPotential', {
            potential: formatMoneyRounded(explanation.movedPotentialCents, locale, currency),
          })}`}
      </p>
      <p data-testid="inside-count">
        {t('scenarios.explain.inside', {
          inside: explanation.members.length - outside.length,
          count: explanation.members.length,
          tolerance: pct(explanation.tolerance),
        })}
      </p>
      {explanation.contiguous && (
        <p data-testid="contiguous-outcome">
          {t('scenarios.explain.contiguous', {
            areas: explanation.contiguous.movedAreas,
            before: explanation.contiguous.wholeBefore,
            after: explanation.contiguous.wholeAfter,
            count: explanation.members.length,
          })}
          {explanation.contiguous.exact &&
            ` ${t('scenarios.explain.contiguousExact', {
              proof: t(
                explanation.contiguous.exact.status === 'optimal'
                  ? 'scenarios.explain.contiguousProofOptimal'
                  : 'scenarios.explain.contiguousProofOpen',
              ),
              solver: explanation.contiguous.exact.solverAreas,
              kept: explanation.contiguous.exact.keptAreas,
            })} ${
              explanation.contiguous.exact.chosen === 'exact'
                ? t('scenarios.explain.contiguousChosenExact')
                : t('scenarios.explain.contiguousChosenFast', {
                    fast: explanation.contiguous.exact.fastAreas,
                  })
            }`}
        </p>
      )}
      {explanation.exact && (
        <ExactOutcomeView outcome={explanation.exact} explanation={explanation} />
      )}
      <dl className="figure-list" aria-label={t('scenarios.explain.figures')}>
        <div>
          <dt>{t('scenarios.explain.maxBefore')}</dt>
          <dd>{pct(explanation.before.maxDeviation)}</dd>
        </div>
        <div>
          <dt>{t('scenarios.explain.maxAfter')}</dt>
          <dd data-testid="max-after">{pct(explanation.after.maxDeviation)}</dd>
        </div>
        <div>
          <dt>{t('scenarios.explain.bound')}</dt>
          <dd data-testid="bound">{pct(explanation.bound)}</dd>
        </div>
        <div>
          <dt>{t('scenarios.explain.cv')}</dt>
          <dd>
            {formatNumber(Math.round(explanation.before.cv * 1000) / 1000, locale)} →{' '}
            {formatNumber(Math.round(explanation.after.cv * 1000) / 1000, locale)}
          </dd>
        </div>
      </dl>
      {explanation.capacity && (
        <p className="muted">
          {t('scenarios.explain.capacity', {
            needed: formatNumber(explanation.capacity.workload, locale),
            available: formatNumber(explanation.capacity.available, locale),
            kept: t(
              explanation.capacity.respected
                ? 'scenarios.explain.capacityKept'
                : 'scenarios.explain.capacityIgnored',
            ),
          })}
        </p>
      )}
      <p className="muted">
        {boundAllows
          ? t('scenarios.explain.boundAllows', { bound: pct(explanation.bound) })
          : t('scenarios.explain.boundForbids', {
              bound: pct(explanation.bound),
              tolerance: pct(explanation.tolerance),
            })}
      </p>
      {outside.length === 0 ? (
        <p role="status" className="ok-text">
          {t('scenarios.explain.allInside')}
        </p>
      ) : (
        <section aria-labelledby="outside-title">
          <h3 id="outside-title">{t('scenarios.explain.outside', { count: outside.length })}</h3>
          <ul className="reason-list">
            {outside.map((row) => (
              <li key={row.id}>
                <strong>{name(row.id)}</strong> ({pct(deviation(row.after))}):{' '}
                {t(`scenarios.reason.${row.reason!}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ChartCard
        title={t('scenarios.explain.chart')}
        description={t('scenarios.explain.chartDesc', {
          low: show(band.low),
          high: show(band.high),
        })}
        fileBase={t('scenarios.explain.chartFile')}
        legend={[
          { label: t('scenarios.before'), color: BEFORE_COLOUR },
          { label: t('scenarios.after'), color: AFTER_COLOUR },
        ]}
        empty={rows.length === 0 ? t('scenarios.explain.noMembers') : null}
        note={
          rows.length > charted.length
            ? t('perf.chart.limited', { shown: charted.length, count: rows.length })
            : undefined
        }
        eager
        chart={
          <BeforeAfterChart
            rows={charted.map((r) => ({ name: name(r.id), before: r.before, after: r.after }))}
            band={band}
            mean={mean}
            target={target}
            locale={locale}
            show={(value) => show(value)}
            labels={{
              before: t('scenarios.before'),
              after: t('scenarios.after'),
              axis: t(`scenarios.target.${target}`),
            }}
          />
        }
        table={() => (
          <ChartTable
            textColumns={1}
            headers={[
              t('scenarios.col.member'),
              t('scenarios.before'),
              t('scenarios.after'),
              t('scenarios.col.deviation'),
              t('scenarios.col.visits'),
              t('scenarios.col.why'),
            ]}
            rows={rows.map((r) => ({
              key: r.id,
              cells: [
                name(r.id),
                show(r.before),
                show(r.after),
                pct(deviation(r.after)),
                `${formatNumber(r.workAfter, locale)} / ${formatNumber(membersById.get(r.id)?.capacity ?? 0, locale)}`,
                r.reason ? t(`scenarios.reason.${r.reason}`) : '–',
              ],
            }))}
          />
        )}
      />
    </div>
  );
}

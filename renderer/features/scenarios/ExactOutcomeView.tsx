import { formatNumber, formatPercent } from '@shared/format/intl';
import type { BalanceExplanation, ExactOutcome } from '@shared/scenario/scenario';
import { useI18n } from '@renderer/i18n/i18n-context';

/** Exact mode's verdict (optimal, or how close), and the fast proposal beside it. */
export function ExactOutcomeView({
  outcome,
  explanation,
}: {
  outcome: ExactOutcome;
  explanation: BalanceExplanation;
}) {
  const { t, locale } = useI18n();
  const pct = (fraction: number) => formatPercent(fraction * 100, locale);
  const seconds = formatNumber(Math.round(outcome.seconds), locale);
  const why = t(`scenarios.explain.exactWhy.${outcome.status}`, { seconds });
  const verdict =
    outcome.status === 'optimal'
      ? t('scenarios.explain.exactOptimal', { seconds })
      : outcome.gap === null
        ? t('scenarios.explain.exactUnknown', { why })
        : t('scenarios.explain.exactWithin', { gap: pct(outcome.gap), why });
  const tolerance = pct(explanation.tolerance);
  const rows: Array<[string, string, string]> = [
    [
      t('scenarios.explain.compare.moved'),
      formatNumber(outcome.fast.movedAccounts, locale),
      formatNumber(explanation.movedAccounts, locale),
    ],
    [
      t('scenarios.explain.compare.deviation'),
      pct(outcome.fast.maxDeviation),
      pct(explanation.after.maxDeviation),
    ],
    [
      t('scenarios.explain.compare.inside', { tolerance }),
      formatNumber(outcome.fast.inside, locale),
      formatNumber(outcome.inside, locale),
    ],
  ];
  return (
    <section aria-labelledby="exact-compare-title" className="exact-outcome">
      <p data-testid="exact-verdict">{verdict}</p>
      <h3 id="exact-compare-title">{t('scenarios.explain.compare')}</h3>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('scenarios.explain.compare.fast')}</th>
            <th scope="col">{t('scenarios.explain.compare.exact')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, fast, exact]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{fast}</td>
              <td>{exact}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

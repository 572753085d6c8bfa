import { useMemo, useState } from 'react';
import { SEGMENTS } from '@shared/domain/account';
import { formatNumber } from '@shared/format/intl';
import { DEFAULT_ABC, thresholdsValid } from '@shared/market/pareto';
import { SelectField } from '@renderer/components/SelectField';
import { useCommand } from '@renderer/app/use-command';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useActingAs } from '@renderer/app/data/use-approvals';
import { classifyCommand, proposeClassification, type AbcBasis } from './classification';
import type { MarketData } from './use-market-data';

/** Recomputes A/B/C from revenue or potential, previews what moves, applies (or requests) it. */
export function AbcView({ data }: { data: MarketData }) {
  const { t, locale } = useI18n();
  const run = useCommand();
  const actingAs = useActingAs();
  const actor = actingAs ? (data.membersById.get(actingAs) ?? null) : null;
  const [basis, setBasis] = useState<AbcBasis>('revenue');
  const [a, setA] = useState(String(DEFAULT_ABC.a));
  const [b, setB] = useState(String(DEFAULT_ABC.b));
  const [busy, setBusy] = useState(false);
  const thresholds = { a: Number(a), b: Number(b) };
  const valid = /^\d+$/.test(a.trim()) && /^\d+$/.test(b.trim()) && thresholdsValid(thresholds);
  const changes = useMemo(
    () => (valid ? proposeClassification(data.accounts, basis, thresholds) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- thresholds is rebuilt from a and b
    [data, basis, a, b, valid],
  );
  const matrix = (from: string, to: string) =>
    changes.filter((c) => c.from === from && c.to === to).length;

  const apply = async () => {
    setBusy(true);
    await run(
      classifyCommand({ basis, thresholds, changes }),
      (count) => t('market.abc.applied', { count }),
      (approver) => t('market.abc.proposed', { approver }),
    );
    setBusy(false);
  };

  return (
    <section className="card" aria-labelledby="abc-title">
      <h2 id="abc-title">{t('market.abc')}</h2>
      <p className="hint">{t('market.abc.lead')}</p>
      <div className="toolbar toolbar-wrap">
        <SelectField
          inline
          id="abc-basis"
          label={t('market.abc.basis')}
          value={basis}
          options={[
            { value: 'revenue', label: t('market.abc.basis.revenue') },
            { value: 'potential', label: t('market.abc.basis.potential') },
          ]}
          onChange={setBasis}
        />
        {(
          [
            ['a', a, setA],
            ['b', b, setB],
          ] as const
        ).map(([which, value, set]) => (
          <div className="field inline-field" key={which}>
            <label htmlFor={`abc-${which}`}>{t(`market.abc.${which}`)}</label>
            <input
              id={`abc-${which}`}
              className="input input-compact"
              inputMode="numeric"
              value={value}
              onChange={(e) => set(e.target.value)}
            />
          </div>
        ))}
      </div>
      {!valid ? (
        <p className="field-error" role="alert">
          {t('market.abc.invalid')}
        </p>
      ) : (
        <>
          <p data-testid="abc-summary">
            {changes.length === 0
              ? t('market.abc.none')
              : t('market.abc.summary', { count: changes.length })}
          </p>
          {changes.length > 0 && (
            <table className="data-table abc-matrix" aria-label={t('market.abc.matrix')}>
              <thead>
                <tr>
                  <th>{t('market.abc.fromTo')}</th>
                  {SEGMENTS.map((s) => (
                    <th key={s} className="numeric">
                      {s}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SEGMENTS.map((from) => (
                  <tr key={from}>
                    <th scope="row">{from}</th>
                    {SEGMENTS.map((to) => (
                      <td key={to} className="numeric">
                        {from === to ? '–' : formatNumber(matrix(from, to), locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {changes.length > 0 && (
            <ul className="proposal-accounts">
              {changes.slice(0, 12).map((c) => (
                <li key={c.id}>
                  {c.name}: {c.from} → {c.to}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button-primary"
            disabled={busy || changes.length === 0}
            onClick={() => void apply()}
          >
            {actor?.level === 'junior' ? t('market.abc.request') : t('market.abc.apply')}
          </button>
        </>
      )}
    </section>
  );
}

import { useMemo } from 'react';
import { SEGMENTS } from '@shared/domain/account';
import { formatPercent } from '@shared/format/intl';
import { marketRows, postalZone } from '@shared/market/market-rows';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { MarketData } from './use-market-data';

/** Penetration for every postal zone × segment: pale is white space, dark is well served. */
export function HeatTable({ data }: { data: MarketData }) {
  const { t, locale } = useI18n();
  const cells = useMemo(() => {
    const rows = marketRows(data.accounts, data.ytd, (a) => {
      const zone = postalZone(a.postalCode, 1);
      return zone ? `${zone}|${a.segment}` : null;
    });
    return new Map(rows.map((r) => [r.key, r]));
  }, [data]);
  const zones = [...new Set([...cells.keys()].map((k) => k.split('|')[0]!))].sort();
  // Shades spread over the range found, so close figures still read apart.
  const found = [...cells.values()].flatMap((c) => (c.penetration === null ? [] : [c.penetration]));
  const low = Math.min(...found);
  const span = Math.max(...found) - low || 1;
  const level = (p: number) => (p - low) / span;
  const shade = (p: number | null) =>
    p === null ? undefined : `rgba(31, 111, 139, ${(0.06 + 0.84 * level(p)).toFixed(2)})`;
  return (
    <section className="card" aria-labelledby="heat-title">
      <h2 id="heat-title">{t('market.heat')}</h2>
      <p className="muted">{t('market.heat.desc')}</p>
      <div className="table-scroll">
        <table className="data-table heat-table" aria-label={t('market.heat')}>
          <thead>
            <tr>
              <th>{t('market.by.zone1')}</th>
              {SEGMENTS.map((s) => (
                <th key={s} className="numeric">
                  {t('market.segment', { segment: s })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {zones.map((zone) => (
              <tr key={zone}>
                <th scope="row">{t('market.zone', { zone })}</th>
                {SEGMENTS.map((s) => {
                  const cell = cells.get(`${zone}|${s}`);
                  const p = cell?.penetration ?? null;
                  return (
                    <td
                      key={s}
                      className={`numeric${p !== null && level(p) > 0.6 ? ' heat-dark' : ''}`}
                      style={{ background: shade(p) }}
                    >
                      {p === null ? '–' : formatPercent(p * 100, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { MARKET_GROUPINGS, marketRows, type MarketRow } from '@shared/market/market-rows';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { keyFor, nextLevel, onPath } from './market-keys';
import { MarketAccounts } from './MarketAccounts';
import { MarketTable, sortRows } from './MarketTable';
import { topRows, warmTopRows } from './top-rows';
import type { MarketData } from './use-market-data';

/** Penetration and white space by zone, territory, segment or member, drilled down to accounts. */
export function WhiteSpace({ data }: { data: MarketData }) {
  const { t } = useI18n();
  const top = useAppStore((s) => s.marketGrouping);
  const path = useAppStore((s) => s.marketPath);
  // Where the drill stands follows from the path: the level after the last step chosen.
  const last = path.at(-1);
  const level = last ? nextLevel(last.grouping) : top;
  const showAccounts = level === 'accounts';
  const grouping = level === 'accounts' ? last!.grouping : level;
  const sort = useAppStore((s) => s.marketSort);
  const setGrouping = useAppStore((s) => s.setMarketGrouping);
  const drill = useAppStore((s) => s.drillMarket);
  const back = useAppStore((s) => s.backMarket);
  const [filter, setFilter] = useState('');

  const inPath = useMemo(() => onPath(path, data.territoriesById), [path, data.territoriesById]);
  // One pass over the accounts: the rows of this level within the path so far (before any
  // drill, kept per grouping, the others summed while idle).
  const rows = useMemo(() => {
    if (path.length === 0) return topRows(data, grouping);
    const keyOf = keyFor(grouping, data.territoriesById);
    return marketRows(data.accounts, data.ytd, (a) => (inPath(a) ? keyOf(a) : null));
  }, [data, grouping, inPath, path.length]);
  const { accounts: all, ytd, territoriesById } = data;
  useEffect(
    () => warmTopRows({ accounts: all, ytd, territoriesById }),
    [all, ytd, territoriesById],
  );
  const name = useMemo(() => nameOf(data, t), [data, t]);
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(
    () =>
      sortRows(
        rows.filter((r) => !needle || name(grouping, r.key).toLowerCase().includes(needle)),
        sort.key,
        sort.descending,
        (r) => name(grouping, r.key),
      ),
    [rows, needle, sort, name, grouping],
  );
  const accounts = useMemo(
    () => (showAccounts ? data.accounts.filter(inPath) : []),
    [showAccounts, data, inPath],
  );

  return (
    <div className="white-space">
      <div className="toolbar toolbar-wrap">
        <SelectField
          inline
          id="market-grouping"
          label={t('market.groupBy')}
          value={top}
          options={MARKET_GROUPINGS.map((g) => ({ value: g, label: t(`market.by.${g}`) }))}
          onChange={setGrouping}
        />
        {!showAccounts && (
          <div className="field inline-field">
            <label htmlFor="market-filter">{t('market.filter')}</label>
            <input
              id="market-filter"
              className="input"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
        )}
      </div>
      <nav aria-label={t('market.path')} className="breadcrumb">
        <button type="button" className="link-button" onClick={() => back(0)}>
          {t('market.top', { grouping: t(`market.by.${top}`) })}
        </button>
        {path.map((step, depth) => (
          <span key={`${step.grouping}-${step.key}`}>
            {' › '}
            {depth === path.length - 1 ? (
              <strong aria-current="location">{name(step.grouping, step.key)}</strong>
            ) : (
              <button type="button" className="link-button" onClick={() => back(depth + 1)}>
                {name(step.grouping, step.key)}
              </button>
            )}
          </span>
        ))}
      </nav>
      {showAccounts ? (
        <MarketAccounts key={path.map((s) => s.key).join('/')} data={data} accounts={accounts} />
      ) : shown.length === 0 ? (
        <section className="empty-state">
          <p>{rows.length === 0 ? t('market.empty') : t('market.noMatch')}</p>
        </section>
      ) : (
        <MarketTable
          rows={shown}
          heading={t(`market.by.${grouping}`)}
          name={(row: MarketRow) => name(grouping, row.key)}
          onDrill={(row) => {
            // The filter named rows of this level; the next level starts unfiltered.
            setFilter('');
            drill({ grouping, key: row.key });
          }}
        />
      )}
    </div>
  );
}

/** A row's name in the UI language: "PLZ 8…", a territory, a segment, a member. */
export function nameOf(data: MarketData, t: ReturnType<typeof useI18n>['t']) {
  return (grouping: (typeof MARKET_GROUPINGS)[number], key: string): string => {
    switch (grouping) {
      case 'zone1':
      case 'zone2':
        return t('market.zone', { zone: key });
      case 'region':
      case 'territory':
        return data.territoriesById.get(key)?.name ?? key;
      case 'segment':
        return t('market.segment', { segment: key });
      case 'member':
        return data.membersById.get(key)?.name ?? key;
    }
  };
}

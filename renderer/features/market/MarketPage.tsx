import { Tabs } from '@renderer/components/Tabs';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { MARKET_TABS } from '@renderer/store/slices/market-ui';
import { AbcView } from './AbcView';
import { MarketCharts } from './MarketCharts';
import { useMarketData } from './use-market-data';
import { WhiteSpace } from './WhiteSpace';
import { AccountsLoading } from '@renderer/components/AccountsLoading';

/** Market analysis: where the untapped potential is, and turning it into assignments and plans. */
export function MarketPage() {
  const { t } = useI18n();
  const data = useMarketData();
  const tab = useAppStore((s) => s.marketTab);
  const setTab = useAppStore((s) => s.setMarketTab);
  return (
    <div className="page market-page">
      <header className="page-header">
        <div>
          <h1>{t('market.title')}</h1>
          <p className="subtitle">{t('market.lead')}</p>
        </div>
      </header>
      <Tabs
        label={t('market.tabs')}
        idPrefix="market"
        tabs={MARKET_TABS}
        current={tab}
        name={(x) => t(`market.tab.${x}`)}
        onChange={setTab}
      />
      <div
        role="tabpanel"
        id="market-panel"
        aria-labelledby={`market-tab-${tab}`}
        className="tab-panel"
      >
        {data === null ? (
          <AccountsLoading />
        ) : data.accounts.length === 0 ? (
          <section className="empty-state">
            <p>{t('market.noAccounts')}</p>
          </section>
        ) : tab === 'whitespace' ? (
          <>
            <p className="hint">{t('market.ytdNote')}</p>
            <WhiteSpace data={data} />
          </>
        ) : tab === 'pictures' ? (
          <MarketCharts data={data} />
        ) : (
          <AbcView data={data} />
        )}
      </div>
    </div>
  );
}

import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/i18n-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { TeamPage } from '../features/team/TeamPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { lazy, Suspense, type ComponentType } from 'react';
import { PersistenceBanner } from './PersistenceBanner';
import { useUndoKeys } from './use-undo-keys';
import { usePreloadAccounts } from './use-preload-accounts';
import { Sidebar } from './Sidebar';

// Screens past the first two load when first opened: charts (recharts), planning and import
// stay out of the start-up bundle (bench: bundle.gzip, startup.cold).
/** A screen from its module, loaded on first use. */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const TerritoriesPage = screen(
  () => import('../features/territories/TerritoriesPage'),
  'TerritoriesPage',
);
const ImportPage = screen(() => import('../features/csv-import/ImportPage'), 'ImportPage');
const ApprovalsPage = screen(() => import('../features/approvals/ApprovalsPage'), 'ApprovalsPage');
const PlansPage = screen(() => import('../features/plans/PlansPage'), 'PlansPage');
const PerformancePage = screen(
  () => import('../features/performance/PerformancePage'),
  'PerformancePage',
);
const MarketPage = screen(() => import('../features/market/MarketPage'), 'MarketPage');

export function Shell() {
  const t = useT();
  const section = useAppStore((s) => s.section);
  const workspace = useAppStore((s) => s.workspace);
  useUndoKeys();
  usePreloadAccounts();
  return (
    <div className="shell">
      <Sidebar />
      <main className="content" id="main" tabIndex={-1}>
        {workspace.kind === 'read-only' && workspace.source !== 'disk-locked' && (
          <div className="banner banner-warning" role="alert">
            {workspace.source === 'disk'
              ? t('workspace.readOnlyDisk')
              : t('workspace.readOnly', { found: workspace.found, known: workspace.known })}
          </div>
        )}
        <PersistenceBanner />
        <ErrorBoundary key={section}>
          <Suspense
            fallback={
              <p className="muted" role="status">
                {t('common.loading')}
              </p>
            }
          >
            {section === 'team' ? (
              <TeamPage />
            ) : section === 'settings' ? (
              <SettingsPage />
            ) : section === 'backups' ? (
              <BackupsPage />
            ) : section === 'accounts' ? (
              <AccountsPage />
            ) : section === 'territories' ? (
              <TerritoriesPage />
            ) : section === 'approvals' ? (
              <ApprovalsPage />
            ) : section === 'import' ? (
              <ImportPage />
            ) : section === 'plans' ? (
              <PlansPage />
            ) : section === 'market' ? (
              <MarketPage />
            ) : (
              <PerformancePage />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

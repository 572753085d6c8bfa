import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/i18n-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { TeamPage } from '../features/team/TeamPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { TerritoriesPage } from '../features/territories/TerritoriesPage';
import { ImportPage } from '../features/csv-import/ImportPage';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { PerformancePage } from '../features/performance/PerformancePage';
import { MarketPage } from '../features/market/MarketPage';
import { PersistenceBanner } from './PersistenceBanner';
import { useUndoKeys } from './use-undo-keys';
import { Sidebar } from './Sidebar';

export function Shell() {
  const t = useT();
  const section = useAppStore((s) => s.section);
  const workspace = useAppStore((s) => s.workspace);
  useUndoKeys();
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
        </ErrorBoundary>
      </main>
    </div>
  );
}

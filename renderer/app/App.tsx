import { useEffect } from 'react';
import { db } from '../db/db';
import { plannerApi } from '../ipc/planner';
import { startWorkspace } from '../persistence/start-workspace';
import { I18nProvider } from '../i18n/I18nProvider';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { NoticeBar } from '../components/NoticeBar';
import { Shell } from './Shell';
import { useFlushBeforeQuit } from './use-flush-before-quit';
import { useMenuCommands } from './use-menu-commands';
import { useOpenedWorkspaceFiles } from './use-opened-files';
import { useTeamSync } from '../sync/use-team-sync';

export function App() {
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  const setDiskSync = useAppStore((s) => s.setDiskSync);
  const setStartupReport = useAppStore((s) => s.setStartupReport);
  useEffect(() => {
    startWorkspace(db, plannerApi(), { onDiskSync: setDiskSync, onReport: setStartupReport })
      .then(setWorkspace)
      .catch((error: unknown) => setWorkspace({ kind: 'error', message: String(error) }));
  }, [setWorkspace, setDiskSync, setStartupReport]);
  useMenuCommands();
  useFlushBeforeQuit();
  useTeamSync();

  return (
    <I18nProvider>
      <WorkspaceGate />
      <NoticeBar />
      <ClosingOverlay />
    </I18nProvider>
  );
}

/** While the window waits to close: say why, and keep hands off the data meanwhile. */
function ClosingOverlay() {
  const t = useT();
  const closing = useAppStore((s) => s.closing);
  if (!closing) return null;
  return (
    <div className="closing-overlay" role="alertdialog" aria-modal="true" aria-live="assertive">
      <p>{t('persistence.savingBeforeQuit')}</p>
    </div>
  );
}

function WorkspaceGate() {
  const t = useT();
  useOpenedWorkspaceFiles();
  const workspace = useAppStore((s) => s.workspace);
  switch (workspace.kind) {
    case 'opening':
      return (
        <div className="splash" role="status">
          {t('workspace.opening')}
        </div>
      );
    case 'error':
      return (
        <div className="splash splash-error" role="alert">
          <p>{t('workspace.error', { message: workspace.message })}</p>
        </div>
      );
    case 'choose':
      return <WelcomePage />;
    case 'ready':
    case 'read-only':
      return <Shell />;
  }
}

import { useEffect } from 'react';
import { db } from '../db/db';
import { openWorkspace } from '../db/workspace';
import { I18nProvider } from '../i18n/I18nProvider';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { NoticeBar } from '../components/NoticeBar';
import { Shell } from './Shell';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  useEffect(() => {
    openWorkspace(db)
      .then(setWorkspace)
      .catch((error: unknown) => setWorkspace({ kind: 'error', message: String(error) }));
  }, [setWorkspace]);
  useMenuCommands();

  return (
    <I18nProvider>
      <WorkspaceGate />
      <NoticeBar />
    </I18nProvider>
  );
}

function WorkspaceGate() {
  const t = useT();
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

import { render } from '@testing-library/react';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import type { WorkspaceData } from '@shared/domain/workspace';
import { App } from '@renderer/app/App';
import { db } from '@renderer/db/db';
import { createWorkspace } from '@renderer/db/workspace';
import { useAppStore } from '@renderer/store/app-store';

export const smallDemo = (): WorkspaceData =>
  generateWorkspace({ asOf: '2026-11-26', accounts: 50, months: 2 });

/** Empties the working database and fills it with the small demo workspace. */
export async function demoDatabase() {
  db.close();
  await db.delete();
  await db.open();
  await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
}

/** Resets the working database and UI state, optionally fills a workspace, renders the app. */
export async function renderApp(
  options: {
    workspace?: WorkspaceData | 'none';
    language?: 'de' | 'en';
    beforeRender?: () => Promise<unknown>;
  } = {},
) {
  db.close();
  await db.delete();
  db.writeLock.readOnly = false;
  await db.open();
  if (options.language) await db.settings.put({ key: 'language', value: options.language });
  const workspace = options.workspace ?? smallDemo();
  if (workspace !== 'none') await createWorkspace(db, 'demo', workspace, { appVersion: 'test' });
  await options.beforeRender?.();
  useAppStore.setState({
    workspace: { kind: 'opening' },
    section: 'team',
    memberEditor: { mode: 'closed' },
    teamQuery: '',
    showInactive: false,
    notice: null,
  });
  return render(<App />);
}

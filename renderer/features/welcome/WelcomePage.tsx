import { clock } from '@renderer/app/clock';
import { useRef, useState } from 'react';
import { DEMO_SIZE, generateWorkspace } from '@shared/demo/generate-workspace';
import { demoPlan } from '@shared/demo/demo-plan';
import { DEMO_REGIONS } from '@shared/demo/german-places';
import { db } from '@renderer/db/db';
import { createWorkspace, openWorkspace } from '@renderer/db/workspace';
import { storageErrorMessage } from '@renderer/db/storage-errors';
import { useFirstScreenMark } from '@renderer/app/first-screen';
import { useI18n, useT } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi } from '@renderer/ipc/planner';
import { importWorkspace } from '../backups/backup-actions';
import { useAppStore } from '@renderer/store/app-store';

type Progress =
  { kind: 'idle' } | { kind: 'working'; fraction: number } | { kind: 'failed'; text: string };

const today = () => clock.today();

/** First start: a realistic demo workspace, or an empty one. */
export function WelcomePage() {
  const t = useT();
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  const notify = useAppStore((s) => s.notify);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useFirstScreenMark(true);

  const pendingImport = useAppStore((s) => s.pendingImport);
  const setPendingImport = useAppStore((s) => s.setPendingImport);
  const { locale } = useI18n();

  /** A double-clicked workspace file: take it as this computer's workspace. */
  const openFile = async () => {
    const api = plannerApi();
    if (!api || !pendingImport) return;
    setProgress({ kind: 'working', fraction: 0 });
    try {
      await importWorkspace(db, api, pendingImport.tables, 'replace');
      setPendingImport(null);
      setWorkspace(await openWorkspace(db));
    } catch (error) {
      setProgress({ kind: 'failed', text: failureReason(error, t) });
    }
  };

  const start = async (origin: 'demo' | 'empty') => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ kind: 'working', fraction: 0 });
    try {
      const data =
        origin === 'demo'
          ? generateWorkspace({ asOf: today() })
          : { members: [], territories: [], accounts: [], actuals: [] };
      await createWorkspace(db, origin, data, {
        appVersion: __APP_VERSION__,
        signal: controller.signal,
        onProgress: (fraction) => setProgress({ kind: 'working', fraction }),
        // The demo comes with this year's approved plan, so Performance has targets at once.
        ...(origin === 'demo' ? { plan: demoPlan(data, today()) } : {}),
      });
      setWorkspace(await openWorkspace(db));
    } catch (error) {
      if (controller.signal.aborted) {
        setProgress({ kind: 'idle' });
        notify(t('welcome.cancelled'));
        return;
      }
      const key = storageErrorMessage(error);
      setProgress({
        kind: 'failed',
        text: key ? t(key) : t('welcome.failed', { message: String(error) }),
      });
    }
  };

  const working = progress.kind === 'working';
  return (
    <div className="welcome">
      <div className="welcome-inner">
        <h1>{t('welcome.title')}</h1>
        <p className="lead">{t('welcome.lead')}</p>
        {pendingImport && (
          <section className="choice choice-file">
            <h2>{t('welcome.file.title', { name: pendingImport.fileName })}</h2>
            <p>
              {t('welcome.file.body', {
                time: new Intl.DateTimeFormat(locale, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(pendingImport.createdAt)),
                members: pendingImport.tables.members.length,
                accounts: pendingImport.tables.accounts.length,
              })}
            </p>
            <button
              type="button"
              className="button-primary"
              disabled={working}
              onClick={() => void openFile()}
            >
              {t('welcome.file.action')}
            </button>
          </section>
        )}
        <div className="choice-grid">
          <section className="choice">
            <h2>{t('welcome.demo.title')}</h2>
            <p>
              {t('welcome.demo.body', {
                members: DEMO_SIZE.members,
                regions: DEMO_REGIONS.length,
                accounts: DEMO_SIZE.accounts,
                months: DEMO_SIZE.months,
              })}
            </p>
            <button
              type="button"
              className="button-primary"
              disabled={working}
              onClick={() => void start('demo')}
            >
              {t('welcome.demo.action')}
            </button>
          </section>
          <section className="choice">
            <h2>{t('welcome.empty.title')}</h2>
            <p>{t('welcome.empty.body')}</p>
            <button
              type="button"
              className="button"
              disabled={working}
              onClick={() => void start('empty')}
            >
              {t('welcome.empty.action')}
            </button>
          </section>
        </div>
        {working && (
          <div className="progress-row" role="status">
            <progress
              max={1}
              value={progress.fraction}
              aria-label={t('welcome.loading', { percent: Math.round(progress.fraction * 100) })}
            />
            <span>{t('welcome.loading', { percent: Math.round(progress.fraction * 100) })}</span>
            <button type="button" className="button-quiet" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {progress.kind === 'failed' && (
          <div className="banner banner-error" role="alert">
            {progress.text}
          </div>
        )}
      </div>
    </div>
  );
}

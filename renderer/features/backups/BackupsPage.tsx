import { useState } from 'react';
import type { BackupInfo } from '@shared/ipc/persistence-schemas';
import { formatNumber } from '@shared/format/intl';
import { db } from '@renderer/db/db';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { backUpNow, restoreBackup } from './backup-actions';
import { useBackups } from './use-backups';
import { WorkspaceFiles } from './WorkspaceFiles';

export function BackupsPage() {
  const { t, locale } = useI18n();
  const [list, reload] = useBackups();
  const notify = useAppStore((s) => s.notify);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const undo = useAppStore((s) => s.lastRestore);
  const setUndo = useAppStore((s) => s.setLastRestore);
  const api = plannerApi();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      notify(await work());
    } catch (error) {
      notify(t('backups.failed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
      reload();
    }
  };

  if (!api) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>{t('backups.title')}</h1>
        </header>
        <p className="empty-state">{t('backups.noShell')}</p>
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('backups.title')}</h1>
          <p className="subtitle">{t('backups.lead')}</p>
        </div>
        <button
          type="button"
          className="button-primary"
          disabled={busy || readOnly}
          onClick={() => void run(async () => (await backUpNow(api), t('backups.created')))}
        >
          {t('backups.now')}
        </button>
      </header>

      {undo && (
        <div className="banner banner-warning-inline" role="status">
          <span>{t('backups.restored', { time: time(undo.restoredAt) })}</span>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await restoreBackup(db, api, undo.undoBackupId);
                setUndo(null);
                return t('backups.undone');
              })
            }
          >
            {t('backups.undo')}
          </button>
        </div>
      )}

      {confirming && (
        <section className="card confirm-card" aria-labelledby="restore-title">
          <p id="restore-title">
            {t('backups.restore.confirm', { time: time(confirming.createdAt) })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button-danger"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const undoId = await restoreBackup(db, api, confirming.id);
                  setUndo({ undoBackupId: undoId, restoredAt: confirming.createdAt });
                  setConfirming(null);
                  return t('backups.restored', { time: time(confirming.createdAt) });
                })
              }
            >
              {t('backups.restore.do')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}

      {list.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {list.kind === 'failed' && (
        <p className="banner banner-error" role="alert">
          {t('backups.failed', { reason: failureReason(list.error, t) })}
        </p>
      )}
      {list.kind === 'ready' && list.backups.length === 0 && (
        <p className="empty-state">{t('backups.empty')}</p>
      )}
      {list.kind === 'ready' && list.backups.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('backups.title')}>
            <thead>
              <tr>
                <th scope="col">{t('backups.col.time')}</th>
                <th scope="col">{t('backups.col.reason')}</th>
                <th scope="col">{t('backups.col.contents')}</th>
                <th scope="col" className="numeric">
                  {t('backups.col.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <tr key={backup.id}>
                  <th scope="row">{time(backup.createdAt)}</th>
                  <td>{t(reasonKey(backup.reason))}</td>
                  <td>
                    {t('backups.contents', {
                      members: backup.counts.members ?? 0,
                      accounts: backup.counts.accounts ?? 0,
                    })}
                  </td>
                  <td className="numeric">
                    {formatNumber(Math.ceil(backup.sizeBytes / 1024), locale)} KB
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={busy || readOnly}
                      onClick={() => setConfirming(backup)}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <WorkspaceFiles />
    </div>
  );
}

function reasonKey(reason: string) {
  const known = ['manual', 'auto', 'before-restore', 'before-import', 'before-migration'] as const;
  return `backups.reason.${known.find((r) => r === reason) ?? 'manual'}` as const;
}

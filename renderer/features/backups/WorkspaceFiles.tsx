import { useState } from 'react';
import { TABLE_NAMES } from '@shared/persistence/tables';
import { WorkspaceDiffTable } from '@renderer/components/WorkspaceDiffTable';
import { db } from '@renderer/db/db';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { exportWorkspaceFile, importWorkspace, previewImport } from './backup-actions';
import { differenceId, MergeDifferences } from './MergeDifferences';

/** Export the whole workspace to a .stplan file; import one (replace or merge) after a preview. */
export function WorkspaceFiles() {
  const { t, locale } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const pending = useAppStore((s) => s.pendingImport);
  const setPending = useAppStore((s) => s.setPendingImport);
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const [busy, setBusy] = useState(false);
  // Differing rows whose file version the user chose (merge keeps this workspace's otherwise).
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [takeAll, setTakeAll] = useState(false);
  const api = plannerApi();
  if (!api) return null;

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(t('backups.failed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const open = () =>
    attempt(async () => {
      const { file } = unwrap(await api.openWorkspaceFile());
      if (file) {
        setChosen(new Set());
        setTakeAll(false);
        setPending(await previewImport(file));
      }
    });

  const taken = (table: string, key: string) => takeAll || chosen.has(`${table}:${key}`);
  const rows = pending
    ? TABLE_NAMES.filter((name) => name !== 'meta').map((name) => ({
        name,
        ...pending.diff[name]!,
        // A merge changes only the differing rows whose file version was chosen.
        ...(mode === 'merge'
          ? {
              changed: takeAll
                ? pending.diff[name]!.changed
                : pending.differences.listed.filter(
                    (d) => d.table === name && chosen.has(differenceId(d)),
                  ).length,
            }
          : {}),
      }))
    : [];
  const nothingChanges = rows.every(
    (r) => r.added === 0 && r.changed === 0 && (mode === 'merge' || r.onlyCurrent === 0),
  );

  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title">{t('files.title')}</h2>
      <p className="muted">{t('files.lead')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void attempt(async () => {
              const name = await exportWorkspaceFile(api);
              if (name) notify(t('files.exported', { name }));
            })
          }
        >
          {t('files.export')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || readOnly}
          onClick={() => void open()}
        >
          {t('files.import')}
        </button>
      </div>
      {pending && (
        <div className="import-preview" role="region" aria-labelledby="import-title">
          <h3 id="import-title">{t('files.preview.title', { name: pending.fileName })}</h3>
          <p className="muted">
            {t('files.preview.from', {
              time: new Intl.DateTimeFormat(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(pending.createdAt)),
              version: pending.appVersion,
            })}
          </p>
          <fieldset className="field">
            <legend>{t('files.mode')}</legend>
            {(['merge', 'replace'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {t(`files.mode.${value}`)}
              </label>
            ))}
          </fieldset>
          <WorkspaceDiffTable
            labelledBy="import-title"
            headings={{
              table: t('files.col.table'),
              added: t('files.col.added'),
              changed: t('files.col.changed'),
              removed: t('files.col.removed'),
            }}
            rows={rows.map((row) => ({
              table: row.name,
              added: row.added,
              changed: row.changed,
              removed: mode === 'replace' ? row.onlyCurrent : 0,
            }))}
          />
          {mode === 'merge' && pending.differences.total > 0 && (
            <MergeDifferences
              differences={pending.differences}
              fileTime={new Intl.DateTimeFormat(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(pending.createdAt))}
              chosen={chosen}
              all={takeAll}
              onChoose={(id, take) =>
                setChosen((current) => {
                  const next = new Set(current);
                  if (take) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
              onChooseAll={setTakeAll}
            />
          )}
          {nothingChanges && (
            <p className="muted">
              {mode === 'merge' && pending.differences.total > 0
                ? t('files.nothingChosen')
                : t('files.nothing')}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              disabled={busy || nothingChanges}
              onClick={() =>
                void attempt(async () => {
                  await importWorkspace(db, api, pending.tables, mode, taken);
                  setPending(null);
                  notify(t('files.imported'));
                })
              }
            >
              {t('files.apply')}
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

import { useI18n } from '../i18n/i18n-context';
import { codeText } from '../ipc/error-text';
import { useAppStore } from '../store/app-store';

/** Says when changes cannot reach the disk, and what the start-up check had to do. */
export function PersistenceBanner() {
  const { t, locale } = useI18n();
  const sync = useAppStore((s) => s.diskSync);
  const report = useAppStore((s) => s.startupReport);
  const dismiss = useAppStore((s) => s.setStartupReport);
  const setAside = useAppStore((s) => s.setAsideNotice);
  const dismissSetAside = useAppStore((s) => s.dismissSetAside);

  let message: string | null = null;
  if (report?.kind === 'restored-from-disk') {
    message = t('persistence.restoredFromDisk', {
      members: report.counts.members ?? 0,
      accounts: report.counts.accounts ?? 0,
    });
  } else if (
    (report?.kind === 'saved-to-disk' || report?.kind === 'in-sync') &&
    report.recoveredFrom
  ) {
    message =
      report.kind === 'saved-to-disk'
        ? t('persistence.recoveredKept')
        : t('persistence.recoveredLost', {
            time: new Intl.DateTimeFormat(locale, {
              dateStyle: 'medium',
              timeStyle: 'short',
            }).format(new Date(report.recoveredFrom.createdAt)),
          });
  } else if (report?.kind === 'saved-to-disk') {
    message = t('persistence.savedToDisk');
  }
  const warnings: string[] = [];
  if (report?.kind === 'disk-locked') {
    warnings.push(t('persistence.locked', { host: report.host, pid: String(report.pid) }));
  }
  if (
    (report?.kind === 'in-sync' ||
      report?.kind === 'saved-to-disk' ||
      report?.kind === 'restored-from-disk') &&
    report.journalDamage
  ) {
    warnings.push(
      t('persistence.journalDamaged', {
        lines: report.journalDamage.lines,
        file: report.journalDamage.keptAs,
      }),
    );
  }

  return (
    <>
      {sync.kind === 'failed' && (
        <div className="banner banner-error banner-page" role="alert">
          {t('persistence.failed', { reason: codeText(sync.code, sync.message, t) })}
        </div>
      )}
      {warnings.map((warning) => (
        <div key={warning} className="banner banner-error banner-page" role="alert">
          {warning}
        </div>
      ))}
      {setAside && (
        <div className="banner banner-error banner-page" role="alert">
          <span>
            {t('persistence.rejectedBatch', {
              count: setAside.count,
              reason: codeText(setAside.code, setAside.message, t),
            })}
          </span>
          <button type="button" className="button-quiet" onClick={dismissSetAside}>
            {t('common.close')}
          </button>
        </div>
      )}
      {message && (
        <div className="banner banner-info banner-page" role="status">
          <span>{message}</span>
          <button type="button" className="button-quiet" onClick={() => dismiss(null)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </>
  );
}

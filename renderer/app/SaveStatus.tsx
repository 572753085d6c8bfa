import { AlertTriangle, Check, Loader } from 'lucide-react';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';

/** Quiet status line: are my changes on disk? */
export function SaveStatus() {
  const t = useT();
  const sync = useAppStore((s) => s.diskSync);
  const [Icon, text, tone] =
    sync.kind === 'saved'
      ? [Check, t('persistence.saved'), 'ok']
      : sync.kind === 'saving'
        ? [Loader, t('persistence.saving'), 'busy']
        : sync.kind === 'failed' || sync.kind === 'set-aside'
          ? [AlertTriangle, t('persistence.failedShort'), 'bad']
          : [AlertTriangle, t('persistence.noShell'), 'muted'];
  return (
    <p
      className={`save-status save-status-${tone}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      <Icon size={14} aria-hidden="true" />
      {text}
    </p>
  );
}

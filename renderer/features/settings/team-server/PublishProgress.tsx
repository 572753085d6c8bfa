import { useState } from 'react';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';

/**
 * The lead's workspace on its way to the server: how much went, and Cancel (it stops between
 * batches; what went stays, and publishing again sends the rest).
 */
export function PublishProgress({ sent, total }: { sent: number; total: number }) {
  const { t, locale } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const [stopping, setStopping] = useState(false);
  const api = plannerApi();
  if (!api) return null;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const label =
    total === 0
      ? t('teamServer.publish.comparing')
      : t('teamServer.publish.progress', { sent: count(sent), total });
  const cancel = async () => {
    setStopping(true);
    try {
      unwrap(await api.cancelTeamPublish({}));
    } catch (error) {
      notify(failureReason(error, t), 'error');
      setStopping(false);
    }
  };
  return (
    <div className="progress-row" role="status">
      {/* No value while comparing: the bar shows work without claiming how much is done. */}
      <progress max={total || undefined} value={total ? sent : undefined} aria-label={label} />
      <span>{stopping ? t('teamServer.publish.stopping') : label}</span>
      <button type="button" className="button" disabled={stopping} onClick={() => void cancel()}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/i18n-context';

/** A short confirmation or error at the bottom; errors stay until dismissed. */
export function NoticeBar() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    // A notice with a follow-up stays long enough to reach it by keyboard.
    const timer = setTimeout(dismiss, notice.action ? 10_000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            notice.action!.run();
            dismiss();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="button-quiet" onClick={dismiss}>
        {t('common.close')}
      </button>
    </div>
  );
}

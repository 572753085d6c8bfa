import { AlertTriangle, Check, CloudOff, Loader, Users } from 'lucide-react';
import type { TeamSyncStatus } from '@shared/sync/sync-status';
import type { Translate } from '@shared/i18n/translate';
import { useI18n } from '../i18n/i18n-context';
import { useTeamStore } from '../sync/team-store';
import { useAppStore } from '../store/app-store';

/** The shell's line about team sync (nothing while nobody is signed in to a team server). */
export function SyncIndicator() {
  const { t, locale } = useI18n();
  const snapshot = useTeamStore((s) => s.snapshot);
  const goTo = useAppStore((s) => s.goTo);
  if (!snapshot.available || !snapshot.person) return null;
  const { Icon, text, tone } = describe(snapshot.status, t, locale);
  return (
    <button
      type="button"
      className={`save-status sync-status save-status-${tone}`}
      data-testid="sync-status"
      aria-live="polite"
      onClick={() => goTo('settings')}
    >
      <Icon size={14} aria-hidden="true" />
      {text}
    </button>
  );
}

function describe(status: TeamSyncStatus, t: Translate, locale: string) {
  const state = status.state;
  if (state.kind === 'stopped')
    return { Icon: AlertTriangle, text: t(`sync.state.stopped.${state.problem}`), tone: 'bad' };
  if (status.refused.length > 0)
    return {
      Icon: AlertTriangle,
      text: t('sync.state.refused', { count: status.refused.length }),
      tone: 'bad',
    };
  switch (state.kind) {
    case 'offline':
      return {
        Icon: CloudOff,
        text: t('sync.state.offline', { pending: state.pending }),
        tone: 'muted',
      };
    case 'sending':
      return { Icon: Loader, text: t('sync.state.sending', { count: state.count }), tone: 'busy' };
    case 'receiving':
      return {
        Icon: Loader,
        text: t('sync.state.receiving', { count: state.count }),
        tone: 'busy',
      };
    case 'publishing': {
      const count = (n: number) => new Intl.NumberFormat(locale).format(n);
      return {
        Icon: Loader,
        text:
          state.total === 0
            ? t('teamServer.publish.comparing')
            : t('sync.state.publishing', { sent: count(state.sent), total: state.total }),
        tone: 'busy',
      };
    }
    case 'joining':
      return { Icon: Users, text: t('sync.state.joining'), tone: 'muted' };
    case 'upToDate': {
      const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(
        new Date(state.at),
      );
      return { Icon: Check, text: t('sync.state.upToDate', { time }), tone: 'ok' };
    }
    default:
      return { Icon: CloudOff, text: '', tone: 'muted' };
  }
}

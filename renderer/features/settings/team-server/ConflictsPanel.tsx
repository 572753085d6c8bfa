import { useEffect, useState } from 'react';
import type { TeamConflictView } from '@shared/ipc/team-schemas';
import type { MessageKey } from '@shared/i18n/messages.en';
import { translateStored } from '@shared/i18n/translate';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { useTeamStore } from '@renderer/sync/team-store';
import { formatMoney } from '@shared/format/intl';
import { fieldLabel, rowLabel, valueAt, valueText } from '@shared/sync/conflict-text';

/**
 * Rows two laptops changed at once, where the versions set the same value differently: who set
 * what, when, and a choice. The choice is checked by the same rules the server runs and
 * written in the chooser's name; every version stays on the server.
 */
export function ConflictsPanel({ names }: { names: (memberId: string | null) => string }) {
  const { t, locale } = useI18n();
  const currency = (useSettings() ?? DEFAULT_SETTINGS).currency;
  const waiting = useTeamStore((s) => s.snapshot.status.conflicts);
  const me = useTeamStore((s) => s.snapshot.person?.memberId);
  const take = useTeamStore((s) => s.take);
  const notify = useAppStore((s) => s.notify);
  const [conflicts, setConflicts] = useState<TeamConflictView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const api = plannerApi();

  useEffect(() => {
    if (!api || waiting === 0) return;
    let live = true;
    void api
      .listTeamConflicts({})
      .then((result) => live && setConflicts(unwrap(result)))
      .catch((error: unknown) => live && notify(failureReason(error, t), 'error'));
    return () => {
      live = false;
    };
  }, [api, waiting, notify, t]);

  if (!api || waiting === 0) return null;
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const person = (by: string | null) => (by === me ? t('teamServer.conflict.you') : names(by));
  const choose = async (conflict: TeamConflictView, rev: string) => {
    setBusy(true);
    try {
      const outcome = unwrap(await api.settleTeamConflict({ id: conflict.id, rev }));
      if (outcome.kind === 'refused') {
        notify(translateStored(t, outcome.reason as MessageKey), 'error');
        return;
      }
      take(outcome.snapshot);
      notify(t('teamServer.conflict.settled'));
    } catch (error) {
      notify(failureReason(error, t), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="team-conflicts" role="region" aria-labelledby="team-conflicts-title">
      <h3 id="team-conflicts-title">{t('teamServer.conflicts.title', { count: waiting })}</h3>
      {conflicts === null && (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {conflicts?.map((conflict) => {
        const paths = conflict.clashes?.map((c) => c.path) ?? [''];
        return (
          <article
            key={conflict.id}
            className="team-conflict"
            aria-label={rowLabel(conflict.id, conflict.versions)}
          >
            <h4>
              {t(`table.${conflict.table}`)}: {rowLabel(conflict.id, conflict.versions)}
            </h4>
            <ul>
              {paths.map((path) => (
                <li key={path}>
                  <strong>{fieldLabel(path, t, conflict.table)}</strong>
                  {': '}
                  {conflict.versions
                    .map((version) =>
                      t('teamServer.conflict.version', {
                        person: person(version.by),
                        value: valueText(valueAt(version.row, path), path, t, money),
                        date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
                          new Date(version.at),
                        ),
                      }),
                    )
                    .join(t('teamServer.conflict.and'))}
                </li>
              ))}
            </ul>
            <div className="form-actions">
              {conflict.versions.map((version) => (
                <button
                  key={version.rev}
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void choose(conflict, version.rev)}
                >
                  {t('teamServer.conflict.keep', { person: person(version.by) })}
                </button>
              ))}
            </div>
          </article>
        );
      })}
    </div>
  );
}

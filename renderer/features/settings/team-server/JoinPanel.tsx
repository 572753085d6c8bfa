import { useState } from 'react';
import { WorkspaceDiffTable } from '@renderer/components/WorkspaceDiffTable';
import { db } from '@renderer/db/db';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { previewJoin, publishWorkspace, takeTeamWorkspace } from '@renderer/sync/join-team';
import { useTeamStore } from '@renderer/sync/team-store';

/**
 * A laptop signed in for the first time: the team's workspace is compared with this one's
 * before anything here changes; then taken (after a backup), or — by the lead — this laptop's
 * published instead.
 */
export function JoinPanel({
  teamRows,
  isLead,
  publishUnfinished,
}: {
  teamRows: number;
  isLead: boolean;
  /** The lead's publish from here stopped part-way: publishing again sends the rest. */
  publishUnfinished: boolean;
}) {
  const { t, locale } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const take = useTeamStore((s) => s.take);
  const preview = useTeamStore((s) => s.joinPreview);
  const setPreview = useTeamStore((s) => s.setJoinPreview);
  const [busy, setBusy] = useState(false);
  const api = plannerApi();
  if (!api) return null;

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(t('teamServer.join.failed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  const offerPublish = isLead && (teamRows === 0 || publishUnfinished || preview !== null);
  const publishButton = offerPublish && (
    <button
      type="button"
      className={teamRows === 0 || publishUnfinished ? 'button-primary' : 'button'}
      disabled={busy}
      aria-describedby="team-publish-hint"
      onClick={() =>
        void attempt(async () => {
          const outcome = await publishWorkspace(api);
          take(outcome.snapshot);
          if (outcome.kind === 'published') notify(t('teamServer.join.published'));
          else
            notify(
              t('teamServer.publish.stopped', {
                sent: new Intl.NumberFormat(locale).format(outcome.sent),
                total: outcome.total,
              }),
            );
        })
      }
    >
      {t('teamServer.join.publish')}
    </button>
  );

  return (
    <div className="team-join" role="region" aria-labelledby="team-join-title">
      <h3 id="team-join-title">{t('teamServer.join.title')}</h3>
      {isLead && publishUnfinished ? (
        <p>{t('teamServer.publish.unfinished')}</p>
      ) : teamRows === 0 ? (
        <p>{isLead ? t('teamServer.join.emptyLead') : t('teamServer.join.empty')}</p>
      ) : (
        <p>{t('teamServer.join.lead', { count: teamRows })}</p>
      )}
      {preview && (
        <WorkspaceDiffTable
          labelledBy="team-join-title"
          headings={{
            table: t('teamServer.join.col.table'),
            added: t('teamServer.join.col.added'),
            changed: t('teamServer.join.col.changed'),
            removed: t('teamServer.join.col.removed'),
          }}
          rows={preview.diff.map((row) => ({
            table: row.table,
            added: row.added,
            changed: row.changed,
            removed: row.onlyCurrent,
          }))}
        />
      )}
      <div className="form-actions">
        {teamRows > 0 && !preview && !(isLead && publishUnfinished) && (
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => void attempt(async () => setPreview(await previewJoin(db, api)))}
          >
            {t('teamServer.join.compare')}
          </button>
        )}
        {preview && (
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            aria-describedby="team-take-hint"
            onClick={() =>
              void attempt(async () => {
                take(await takeTeamWorkspace(db, api, preview));
                notify(t('teamServer.join.taken'));
              })
            }
          >
            {t('teamServer.join.take')}
          </button>
        )}
        {publishButton}
      </div>
      {preview && (
        <p className="hint" id="team-take-hint">
          {t('teamServer.join.takeHint')}
        </p>
      )}
      {offerPublish && (
        <p className="hint" id="team-publish-hint">
          {t('teamServer.join.publishHint')}
        </p>
      )}
    </div>
  );
}

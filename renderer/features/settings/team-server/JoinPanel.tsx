import { useState } from 'react';
import { db } from '@renderer/db/db';
import { useT } from '@renderer/i18n/i18n-context';
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
export function JoinPanel({ teamRows, isLead }: { teamRows: number; isLead: boolean }) {
  const t = useT();
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
  const publishButton = isLead && (
    <button
      type="button"
      className={teamRows === 0 ? 'button-primary' : 'button'}
      disabled={busy}
      aria-describedby="team-publish-hint"
      onClick={() =>
        void attempt(async () => {
          take(await publishWorkspace(api));
          notify(t('teamServer.join.published'));
        })
      }
    >
      {t('teamServer.join.publish')}
    </button>
  );

  return (
    <div className="team-join" role="region" aria-labelledby="team-join-title">
      <h3 id="team-join-title">{t('teamServer.join.title')}</h3>
      {teamRows === 0 ? (
        <p>{isLead ? t('teamServer.join.emptyLead') : t('teamServer.join.empty')}</p>
      ) : (
        <p>{t('teamServer.join.lead', { count: teamRows })}</p>
      )}
      {preview && (
        <table className="data-table compact" aria-labelledby="team-join-title">
          <thead>
            <tr>
              <th scope="col">{t('teamServer.join.col.table')}</th>
              <th scope="col" className="numeric">
                {t('teamServer.join.col.added')}
              </th>
              <th scope="col" className="numeric">
                {t('teamServer.join.col.changed')}
              </th>
              <th scope="col" className="numeric">
                {t('teamServer.join.col.removed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.diff.map((row) => (
              <tr key={row.table}>
                <th scope="row">{t(`table.${row.table}`)}</th>
                <td className="numeric">{row.added}</td>
                <td className="numeric">{row.changed}</td>
                <td className="numeric">{row.onlyCurrent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        {teamRows > 0 && !preview && (
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
        {(teamRows === 0 || preview) && publishButton}
      </div>
      {preview && (
        <p className="hint" id="team-take-hint">
          {t('teamServer.join.takeHint')}
        </p>
      )}
      {isLead && (teamRows === 0 || preview) && (
        <p className="hint" id="team-publish-hint">
          {t('teamServer.join.publishHint')}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import { translateStored } from '@shared/i18n/translate';
import type { MessageKey } from '@shared/i18n/messages.en';
import { useT } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { useTeam } from '@renderer/app/data/use-team';
import { useTeamStore } from '@renderer/sync/team-store';
import { SyncIndicator } from '@renderer/app/SyncIndicator';
import { JoinPanel } from './JoinPanel';
import { PublishProgress } from './PublishProgress';
import { ConflictsPanel } from './ConflictsPanel';
import { SignInForm } from './SignInForm';

/** Settings → Team server: sign in, join or publish, see what the server refused, sign out. */
export function TeamServerSection() {
  const t = useT();
  const { loaded, snapshot } = useTeamStore();
  const take = useTeamStore((s) => s.take);
  const notify = useAppStore((s) => s.notify);
  const members = useTeam();
  const [busy, setBusy] = useState(false);
  const api = plannerApi();
  if (!api) return null;
  const { person, status } = snapshot;

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(failureReason(error, t), 'error');
    } finally {
      setBusy(false);
    }
  };
  const putBack = async (id: string) => {
    const answer = unwrap(await api.putBackTeamVersion({ id }));
    if (answer.kind === 'failed') {
      notify(t(`teamServer.refused.${answer.problem}`), 'error');
      return;
    }
    take(answer.snapshot);
    notify(t('teamServer.putBackDone'));
  };
  const memberName = (id: string | null) =>
    id === null ? t('teamServer.asLead') : (members?.find((m) => m.id === id)?.name ?? id);

  return (
    <section className="card form-narrow" aria-labelledby="team-server-title">
      <h2 id="team-server-title">{t('teamServer.title')}</h2>
      {!loaded ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : !snapshot.available ? (
        <p className="muted">{t('teamServer.unavailable')}</p>
      ) : !person ? (
        <>
          <p className="hint">{t('teamServer.lead')}</p>
          <SignInForm />
        </>
      ) : (
        <>
          <p data-testid="team-signed-in">
            {t('teamServer.signedInAs', {
              name: person.name,
              person: memberName(person.memberId),
              server: `${person.url}/${person.database}`,
            })}
          </p>
          <SyncIndicator />
          {status.state.kind === 'stopped' && status.state.problem === 'wrongPassword' && (
            <>
              <p className="hint">{t('teamServer.signInAgain')}</p>
              <SignInForm initial={person} />
            </>
          )}
          {status.state.kind === 'joining' && (
            <JoinPanel
              teamRows={status.state.teamRows}
              isLead={person.memberId === null}
              publishUnfinished={status.state.publishUnfinished === true}
            />
          )}
          {status.state.kind === 'publishing' && (
            <PublishProgress sent={status.state.sent} total={status.state.total} />
          )}
          {status.refused.length > 0 && (
            <div className="team-refused" role="region" aria-labelledby="team-refused-title">
              <h3 id="team-refused-title">{t('teamServer.refusedTitle')}</h3>
              <p className="hint">{t('teamServer.refusedHint')}</p>
              <ul>
                {status.refused.map((refusal) => (
                  <li key={refusal.id}>
                    {t('teamServer.refusedItem', {
                      document: refusal.id,
                      reason: translateStored(t, refusal.reason as MessageKey),
                    })}{' '}
                    <button
                      type="button"
                      className="button-quiet"
                      disabled={busy}
                      aria-label={t('teamServer.putBackOf', { document: refusal.id })}
                      onClick={() => void attempt(() => putBack(refusal.id))}
                    >
                      {t('teamServer.putBack')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ConflictsPanel names={memberName} />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void attempt(async () => take(unwrap(await api.syncWithTeam({}))))}
            >
              {t('teamServer.syncNow')}
            </button>
            <button
              type="button"
              className="button-quiet"
              disabled={busy}
              onClick={() =>
                void attempt(async () => {
                  take(unwrap(await api.signOutOfTeam({})));
                  notify(t('teamServer.signedOut'));
                })
              }
            >
              {t('teamServer.signOut')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

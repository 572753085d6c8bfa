import { useState, type FormEvent } from 'react';
import { useT } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useTeamStore } from '@renderer/sync/team-store';

/** URL, team database, user name and password; the password goes to main once, for `_session`. */
export function SignInForm({
  initial,
}: {
  /** Signing in again (the server ended the session): where and as whom, filled in. */
  initial?: { url: string; database: string; name: string };
}) {
  const t = useT();
  const take = useTeamStore((s) => s.take);
  const [url, setUrl] = useState(initial?.url ?? '');
  const [database, setDatabase] = useState(initial?.database ?? 'team');
  const [name, setName] = useState(initial?.name ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const api = plannerApi();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!api) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = unwrap(
        await api.signInToTeam({
          url: url.trim(),
          database: database.trim(),
          name: name.trim(),
          password,
        }),
      );
      if (answer.kind === 'refused') {
        setProblem(t(`teamServer.refused.${answer.problem}`));
        return;
      }
      setPassword('');
      take(answer.snapshot);
    } catch (error) {
      setProblem(failureReason(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-describedby="team-sign-in-problem">
      <div className="field">
        <label htmlFor="team-url">{t('teamServer.url')}</label>
        <input
          id="team-url"
          className="input"
          type="url"
          required
          autoComplete="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-describedby="team-url-hint"
        />
        <p className="hint" id="team-url-hint">
          {t('teamServer.url.hint')}
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="team-database">{t('teamServer.database')}</label>
          <input
            id="team-database"
            className="input"
            required
            value={database}
            onChange={(e) => setDatabase(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="team-name">{t('teamServer.name')}</label>
          <input
            id="team-name"
            className="input"
            required
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="team-password">{t('teamServer.password')}</label>
        <input
          id="team-password"
          className="input"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="team-password-hint"
        />
        <p className="hint" id="team-password-hint">
          {t('teamServer.password.hint')}
        </p>
      </div>
      {problem && (
        <p className="field-error" role="alert" id="team-sign-in-problem">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || !api}>
          {busy ? t('teamServer.connecting') : t('teamServer.connect')}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
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
      <Field
        id="team-url"
        label={t('teamServer.url')}
        hint={t('teamServer.url.hint')}
        type="url"
        autoComplete="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <div className="field-row">
        <Field
          id="team-database"
          label={t('teamServer.database')}
          value={database}
          onChange={(e) => setDatabase(e.target.value)}
        />
        <Field
          id="team-name"
          label={t('teamServer.name')}
          autoComplete="username"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <Field
        id="team-password"
        label={t('teamServer.password')}
        hint={t('teamServer.password.hint')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
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

/** A required text field with its label and, where given, a hint it points to. */
function Field({
  id,
  label,
  hint,
  ...input
}: { id: string; label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        required
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

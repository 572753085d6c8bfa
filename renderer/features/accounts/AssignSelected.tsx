import { useState } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { useAssignAccounts } from './use-assign-accounts';

/** Moves the selected accounts to a member — at once, or as a proposal when acting as a Junior. */
export function AssignSelected({ members }: { members: readonly TeamMember[] }) {
  const t = useT();
  const selected = useAppStore((s) => s.selectedAccounts);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const assignAccounts = useAssignAccounts(members);
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  if (selected.size === 0) return null;

  const assign = async () => {
    setBusy(true);
    await assignAccounts([...selected], to);
    setBusy(false);
  };

  return (
    <div
      className="toolbar assign-bar"
      role="group"
      aria-label={t('accounts.selected', { count: selected.size })}
    >
      <strong>{t('accounts.selected', { count: selected.size })}</strong>
      <label className="inline-field">
        {t('accounts.assign.to')}
        <select className="input" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('accounts.assign.choose')}</option>
          {members
            .filter((m) => m.active)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({t(`team.levelShort.${m.level}`)})
              </option>
            ))}
        </select>
      </label>
      <button
        type="button"
        className="button-primary"
        disabled={!to || busy || readOnly}
        onClick={() => void assign()}
      >
        {t('accounts.assign.do')}
      </button>
    </div>
  );
}

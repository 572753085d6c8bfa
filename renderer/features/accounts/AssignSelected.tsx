import { useState } from 'react';
import type { TeamMember } from '../../../shared/domain/team-member';
import { saveFailureText } from '../../db/storage-errors';
import { useT } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';
import { reassignAccounts } from '../approvals/reassignment-repository';
import { useActingAs } from '../approvals/use-approvals';

/** Moves the selected accounts to a member — at once, or as a proposal when acting as a Junior. */
export function AssignSelected({ members }: { members: readonly TeamMember[] }) {
  const t = useT();
  const selected = useAppStore((s) => s.selectedAccounts);
  const setSelected = useAppStore((s) => s.setSelectedAccounts);
  const notify = useAppStore((s) => s.notify);
  const record = useAppStore((s) => s.record);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const actingAs = useActingAs();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  if (selected.size === 0) return null;
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;

  const assign = async () => {
    setBusy(true);
    try {
      const result = await reassignAccounts([...selected], to, actingAs);
      if (result.kind === 'blocked') {
        notify(t('accounts.assign.blocked'), 'error');
        return;
      }
      if (result.kind === 'applied') {
        record(result.change);
        notify(t('accounts.assign.applied', { count: selected.size, name: name(to) }));
      } else {
        notify(t('accounts.assign.proposed', { name: name(result.approverId) }));
      }
      setSelected(new Set());
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setBusy(false);
    }
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

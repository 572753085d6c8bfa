import { useEffect, useState } from 'react';
import { holdsAnything, needsSeniorHeir, type Holdings } from '@shared/domain/hand-over';
import { isLargeOrStrategic } from '@shared/domain/account';
import { db } from '@renderer/db/db';
import { activeJuniorsOf, type TeamMember } from '@shared/domain/team-member';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { saveFailureText } from '@renderer/db/storage-errors';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { deactivateCommand, holdingsOf } from './team-repository';
import { runCommand } from '@renderer/commands/run-command';
import { SelectField } from '@renderer/components/SelectField';

interface Props {
  member: TeamMember;
  members: readonly TeamMember[];
  onDone: () => void;
}

/** Confirms a deactivation; a Senior's Juniors must get a new Senior in the same step. */
export function DeactivatePanel({ member, members, onDone }: Props) {
  const t = useT();
  const notify = useAppStore((s) => s.notify);
  const close = useAppStore((s) => s.closeMemberEditor);
  const juniors = activeJuniorsOf(member.id, members);
  const successors = members.filter((m) => m.level === 'senior' && m.active && m.id !== member.id);
  const [successorId, setSuccessorId] = useState('');
  const [heirId, setHeirId] = useState('');
  // What they own, read when the panel opens: it must be handed over in the same step.
  const [holdings, setHoldings] = useState<Holdings | null>(null);
  useEffect(() => {
    let current = true;
    void holdingsOf(db, member.id).then((found) => current && setHoldings(found));
    return () => {
      current = false;
    };
  }, [member.id]);
  const seniorOnly = holdings !== null && needsSeniorHeir(holdings);
  const heirs = members.filter(
    (m) => m.active && m.id !== member.id && (!seniorOnly || m.level === 'senior'),
  );
  const [error, setError] = useState<PlainMessageKey | null>(
    juniors.length > 0 && successors.length === 0 ? 'team.error.noOtherSenior' : null,
  );

  const confirm = async () => {
    try {
      const outcome = await runCommand(
        deactivateCommand(member.id, successorId || null, heirId || null),
      );
      if (outcome.kind === 'refused') return setError(outcome.reason);
      if (outcome.kind !== 'applied') return;
      if (!outcome.value.ok) return setError(outcome.value.error);
      notify(t('team.deactivated', { name: member.name }));
      onDone();
      close();
    } catch (failure) {
      notify(saveFailureText(failure, t), 'error');
    }
  };

  return (
    <section className="confirm-panel" aria-labelledby="deactivate-title">
      <h3 id="deactivate-title">{t('team.deactivate.title', { name: member.name })}</h3>
      <p>{t('team.deactivate.body')}</p>
      {juniors.length > 0 && (
        <>
          <p>
            {t('team.deactivate.juniors', {
              name: member.name,
              count: juniors.length,
              names: juniors.map((j) => j.name).join(', '),
            })}
          </p>
          <div className="field">
            <label htmlFor="deactivate-successor">{t('team.deactivate.successor')}</label>
            <select
              id="deactivate-successor"
              className="input"
              value={successorId}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                setSuccessorId(e.target.value);
                setError(null);
              }}
            >
              <option value="">{t('team.field.supervisorNone')}</option>
              {successors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {holdings && holdsAnything(holdings) && (
        <>
          <p>
            {t('team.deactivate.holdings', {
              name: member.name,
              territories: holdings.territories.map((x) => x.name).join(', ') || '–',
              accounts: holdings.accounts.length,
              large: holdings.accounts.filter(isLargeOrStrategic).length,
            })}
          </p>
          <SelectField
            id="deactivate-heir"
            label={t('team.deactivate.heir')}
            value={heirId}
            onChange={(id) => {
              setHeirId(id);
              setError(null);
            }}
            options={[
              { value: '', label: t('team.deactivate.heirNone') },
              ...heirs.map((h) => ({
                value: h.id,
                label: `${h.name} (${t(`team.levelShort.${h.level}`)})`,
              })),
            ]}
          />
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          disabled={holdings === null}
          onClick={() => void confirm()}
        >
          {juniors.length > 0 ? t('team.deactivate.confirmReassign') : t('team.deactivate.confirm')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

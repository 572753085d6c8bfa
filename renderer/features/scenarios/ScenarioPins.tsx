import { useState, type FormEvent } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Scenario } from '@shared/scenario/scenario';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  scenario: Scenario;
  accounts: readonly Account[];
  members: readonly TeamMember[];
  disabled: boolean;
  onChange: (pins: Scenario['pins']) => void;
}

/** Pin an account to a member in this scenario (rules no longer move it), or free it again. */
export function ScenarioPins({ scenario, accounts, members, disabled, onChange }: Props) {
  const { t } = useI18n();
  const active = members.filter((m) => m.active);
  const [number, setNumber] = useState('');
  const [memberId, setMemberId] = useState(active[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const change = (pin: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const wanted = number.trim();
    const account = accounts.find((a) => a.externalId === wanted);
    if (!account) return setProblem(t('scenarios.pins.notFound', { number: wanted }));
    if (!pin && !scenario.pins.some(([id]) => id === account.id))
      return setProblem(t('scenarios.pins.notPinned', { name: account.name }));
    setProblem(null);
    setNumber('');
    const others = scenario.pins.filter(([id]) => id !== account.id);
    onChange(pin ? [...others, [account.id, memberId]] : others);
  };

  return (
    <section className="card" aria-labelledby="scenario-pins-title">
      <h3 id="scenario-pins-title">{t('scenarios.pins.title')}</h3>
      <p className="muted">{t('scenarios.pins.count', { count: scenario.pins.length })}</p>
      <form className="field-row" onSubmit={change(true)}>
        <div className="field">
          <label htmlFor="pin-account">{t('scenarios.pins.account')}</label>
          <input
            id="pin-account"
            className="input"
            value={number}
            disabled={disabled}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'pin-problem' : undefined}
            onChange={(e) => setNumber(e.target.value)}
          />
        </div>
        <SelectField
          id="pin-member"
          label={t('scenarios.pins.member')}
          value={memberId}
          onChange={setMemberId}
          disabled={disabled}
          options={active.map((m) => ({
            value: m.id,
            label: `${m.name} (${t(`team.levelShort.${m.level}`)})`,
          }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={disabled || !number.trim()}>
            {t('scenarios.pins.pin')}
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled || !number.trim()}
            onClick={() => change(false)()}
          >
            {t('scenarios.pins.unpin')}
          </button>
        </div>
      </form>
      {problem && (
        <p id="pin-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

import type { MoveCost } from '@shared/balancer/exact/exact-model';
import { EXACT_MAX_ACCOUNTS } from '@shared/balancer/exact/solve-exact';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';

export type BalanceMethod = 'fast' | 'exact';
export const TIME_LIMITS = ['10', '30', '60', '120'] as const;

interface Props {
  method: BalanceMethod;
  onMethod: (method: BalanceMethod) => void;
  timeLimit: (typeof TIME_LIMITS)[number];
  onTimeLimit: (seconds: (typeof TIME_LIMITS)[number]) => void;
  cost: MoveCost;
  onCost: (cost: MoveCost) => void;
  /** Accounts the chosen members hold: exact mode has a size limit. */
  accounts: number;
  /** Keep territories in one piece (with exact: the solver's proposal, repaired). */
  contiguous: boolean;
  onContiguous: (contiguous: boolean) => void;
}

/** Fast or exact (for exact, the time limit and what "fewest" counts), and whether territories stay in one piece. */
export function BalanceMethodFields(props: Props) {
  const { t } = useI18n();
  const tooLarge = props.accounts > EXACT_MAX_ACCOUNTS;
  return (
    <fieldset className="balance-method">
      <legend>{t('scenarios.balance.method')}</legend>
      <label className="checkbox">
        <input
          id="balance-contiguous"
          type="checkbox"
          checked={props.contiguous}
          aria-describedby="balance-contiguous-hint"
          onChange={(e) => props.onContiguous(e.target.checked)}
        />
        {t('scenarios.balance.contiguous')}
      </label>
      <p className="hint" id="balance-contiguous-hint">
        {t('scenarios.balance.contiguousHint')}
      </p>
      <label className="checkbox">
        <input
          type="radio"
          name="balance-method"
          checked={props.method === 'fast'}
          onChange={() => props.onMethod('fast')}
        />
        {t('scenarios.balance.methodFast')}
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name="balance-method"
          checked={props.method === 'exact'}
          disabled={tooLarge}
          aria-describedby={tooLarge ? 'balance-exact-size' : undefined}
          onChange={() => props.onMethod('exact')}
        />
        {t('scenarios.balance.methodExact')}
      </label>
      {tooLarge && (
        <p className="hint" id="balance-exact-size">
          {t('scenarios.balance.exactTooLarge', {
            max: EXACT_MAX_ACCOUNTS,
            count: props.accounts,
          })}
        </p>
      )}
      {props.method === 'exact' && props.contiguous && !tooLarge && (
        <p className="hint">{t('scenarios.balance.exactContiguous')}</p>
      )}
      {props.method === 'exact' && (
        <div className="field-row">
          <SelectField
            id="balance-time-limit"
            label={t('scenarios.balance.timeLimit')}
            value={props.timeLimit}
            onChange={props.onTimeLimit}
            options={TIME_LIMITS.map((s) => ({
              value: s,
              label: t('scenarios.balance.seconds', { count: s }),
            }))}
          />
          <SelectField
            id="balance-cost"
            label={t('scenarios.balance.cost')}
            value={props.cost}
            onChange={props.onCost}
            options={[
              { value: 'units', label: t('scenarios.balance.costUnits') },
              { value: 'potential', label: t('scenarios.balance.costPotential') },
            ]}
          />
        </div>
      )}
    </fieldset>
  );
}

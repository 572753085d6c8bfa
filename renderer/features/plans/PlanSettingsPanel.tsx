import { useState } from 'react';
import type { SalesPlan } from '@shared/domain/plan';
import { MAX_AMOUNT_CENTS, parseWholePercent, readAmount } from '@shared/format/parse-money';
import { ALLOCATION_METHODS, type AllocationMethod } from '@shared/planning/allocate';
import { rampProblem } from '@shared/planning/ramp';
import { SelectField } from '@renderer/components/SelectField';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  plan: SalesPlan;
  editable: boolean;
  onSave: (plan: SalesPlan) => void;
}

/**
 * Team target, allocation method, ramp and new-business defaults; saving re-allocates. The
 * parent keys it by the plan's settings, so another version or an undo starts it afresh.
 */
export function PlanSettingsPanel({ plan, editable, onSave }: Props) {
  const { t, language, locale } = useI18n();
  const draftOf = (p: SalesPlan) => ({
    target: (p.teamTargetCents / 100).toLocaleString(language === 'de' ? 'de-DE' : 'en-US', {
      maximumFractionDigits: 2,
    }),
    method: p.method,
    mix: {
      even: String(p.mix.even),
      potential: String(p.mix.potential),
      priorYear: String(p.mix.priorYear),
    },
    ramp: p.ramp.join(', '),
    redistribute: p.redistributeRamp,
    junior: String(p.newBusinessDefaults.junior),
    senior: String(p.newBusinessDefaults.senior),
  });
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [tried, setTried] = useState(false);

  const amount = readAmount(draft.target, language);
  const target = amount.ok ? amount.cents : null;
  const mix = {
    even: parseWholePercent(draft.mix.even),
    potential: parseWholePercent(draft.mix.potential),
    priorYear: parseWholePercent(draft.mix.priorYear),
  };
  const mixOk =
    draft.method !== 'mix' ||
    (mix.even !== null &&
      mix.potential !== null &&
      mix.priorYear !== null &&
      mix.even + mix.potential + mix.priorYear === 100);
  const ramp =
    draft.ramp.trim() === ''
      ? []
      : draft.ramp
          .split(/[,;\s]+/)
          .filter(Boolean)
          .map(Number);
  const junior = parseWholePercent(draft.junior);
  const senior = parseWholePercent(draft.senior);
  const errors = {
    target: amount.ok
      ? null
      : amount.problem === 'too-large'
        ? t('grid.problem.too-large', {
            value: draft.target,
            max: formatMoney(MAX_AMOUNT_CENTS, locale),
          })
        : t('plans.teamTarget.invalid'),
    mix: mixOk ? null : t('plans.mix.error'),
    ramp: rampProblem(ramp) ? t('plans.ramp.error') : null,
    junior: junior === null ? t('plans.newBusiness.error') : null,
    senior: senior === null ? t('plans.newBusiness.error') : null,
  };
  const valid = Object.values(errors).every((e) => e === null);
  const shown = (key: keyof typeof errors) => (tried ? errors[key] : null);

  const save = () => {
    setTried(true);
    if (!valid) return;
    onSave({
      ...plan,
      teamTargetCents: target!,
      method: draft.method,
      mix:
        draft.method === 'mix'
          ? { even: mix.even!, potential: mix.potential!, priorYear: mix.priorYear! }
          : plan.mix,
      ramp,
      redistributeRamp: draft.redistribute,
      newBusinessDefaults: { junior: junior!, senior: senior! },
    });
  };

  const field = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    error: string | null,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        value={value}
        disabled={!editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      {hint && !error && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );

  return (
    <section className="card" aria-labelledby="plan-settings-title">
      <h2 id="plan-settings-title">{t('plans.settings')}</h2>
      <div className="field-row three">
        {field(
          'plan-target',
          t('plans.teamTarget'),
          draft.target,
          (v) => setDraft({ ...draft, target: v }),
          shown('target'),
        )}
        <SelectField<AllocationMethod>
          id="plan-method"
          label={t('plans.method')}
          value={draft.method}
          disabled={!editable}
          options={ALLOCATION_METHODS.map((m) => ({ value: m, label: t(`plans.method.${m}`) }))}
          onChange={(method) => setDraft({ ...draft, method })}
        />
        {field(
          'plan-ramp',
          t('plans.ramp'),
          draft.ramp,
          (v) => setDraft({ ...draft, ramp: v }),
          shown('ramp'),
          t('plans.ramp.hint'),
        )}
      </div>
      {draft.method === 'mix' && (
        <div className="field-row three">
          {(['even', 'potential', 'priorYear'] as const).map((key) =>
            field(
              `plan-mix-${key}`,
              t(`plans.mix.${key}`),
              draft.mix[key],
              (v) => setDraft({ ...draft, mix: { ...draft.mix, [key]: v } }),
              null,
            ),
          )}
        </div>
      )}
      {shown('mix') && <p className="field-error">{errors.mix}</p>}
      <div className="field-row three">
        {field(
          'plan-new-junior',
          t('plans.newBusiness.junior'),
          draft.junior,
          (v) => setDraft({ ...draft, junior: v }),
          shown('junior'),
        )}
        {field(
          'plan-new-senior',
          t('plans.newBusiness.senior'),
          draft.senior,
          (v) => setDraft({ ...draft, senior: v }),
          shown('senior'),
        )}
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={draft.redistribute}
              disabled={!editable}
              onChange={(e) => setDraft({ ...draft, redistribute: e.target.checked })}
            />{' '}
            {t('plans.ramp.redistribute')}
          </label>
        </div>
      </div>
      {editable && (
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={save}>
            {t('plans.save')}
          </button>
        </div>
      )}
    </section>
  );
}

import { useState } from 'react';
import { parseMoneyToCents } from '@shared/format/parse-money';
import { centsForSpreadsheet } from '@shared/format/tsv';
import { EVEN_PROFILE, profileProblem } from '@shared/planning/seasonality';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  /** Whose profile: the plan's, or one member's (null = "use the plan's"). */
  scope: { kind: 'plan' } | { kind: 'member'; name: string };
  profile: number[] | null;
  planProfile: number[];
  fromActuals: number[] | null;
  monthLabels: string[];
  editable: boolean;
  onApply: (profile: number[] | null) => void;
}

type Preset = 'even' | 'actuals' | 'custom' | 'plan';

/**
 * Twelve monthly shares with presets; refuses anything that is not exactly 100 %. Keyed by the
 * parent on whose profile it shows, so a stored change starts it afresh.
 */
export function SeasonalityEditor(props: Props) {
  const { t, language } = useI18n();
  const { scope, profile, planProfile, fromActuals, monthLabels, editable } = props;
  const effective = profile ?? planProfile;
  const texts = (bp: number[]) => bp.map((v) => centsForSpreadsheet(v, language));
  const [cells, setCells] = useState(() => texts(effective));
  const [preset, setPreset] = useState<Preset>(
    profile === null && scope.kind === 'member' ? 'plan' : 'custom',
  );

  const parsed = cells.map((c) => parseMoneyToCents(c, language));
  const unreadable = parsed.some((v) => v === null);
  const problem = unreadable ? null : profileProblem(parsed as number[]);
  const sum = parsed.reduce<number>((a, b) => a + (b ?? 0), 0);
  const message = unreadable
    ? t('plans.season.error.number')
    : problem
      ? problem.key === 'plans.season.error.sum'
        ? t(problem.key, { sum: `${centsForSpreadsheet(problem.sumBasisPoints, language)} %` })
        : t(problem.key)
      : null;

  const choose = (next: Preset) => {
    setPreset(next);
    if (next === 'even') setCells(texts(EVEN_PROFILE));
    if (next === 'actuals' && fromActuals) setCells(texts(fromActuals));
    if (next === 'plan') setCells(texts(planProfile));
  };
  const idBase = scope.kind === 'plan' ? 'season-plan' : 'season-member';

  return (
    <div className="season-editor">
      <div className="field-row three">
        <div className="field">
          <label htmlFor={`${idBase}-preset`}>{t('plans.season.preset')}</label>
          <select
            id={`${idBase}-preset`}
            className="input"
            value={preset}
            disabled={!editable}
            onChange={(e) => choose(e.target.value as Preset)}
          >
            {scope.kind === 'member' && (
              <option value="plan">{t('plans.season.memberPlan')}</option>
            )}
            <option value="even">{t('plans.season.even')}</option>
            <option value="actuals" disabled={!fromActuals}>
              {scope.kind === 'member' ? t('plans.season.memberOwn') : t('plans.season.priorYear')}
              {fromActuals ? '' : ` (${t('plans.season.priorYearNone')})`}
            </option>
            <option value="custom">{t('plans.season.custom')}</option>
          </select>
        </div>
      </div>
      <div className="season-months" role="group" aria-label={t('plans.season.title')}>
        {cells.map((cell, month) => (
          <div className="field" key={month}>
            <label htmlFor={`${idBase}-${month}`}>{monthLabels[month]} %</label>
            <input
              id={`${idBase}-${month}`}
              className="input numeric"
              inputMode="decimal"
              value={cell}
              disabled={!editable || preset === 'plan'}
              aria-invalid={parsed[month] === null || undefined}
              onChange={(e) => {
                setPreset('custom');
                setCells(cells.map((c, m) => (m === month ? e.target.value : c)));
              }}
            />
          </div>
        ))}
      </div>
      <p className={message ? 'field-error' : 'muted'} role={message ? 'alert' : undefined}>
        {message ?? t('plans.season.sum', { sum: `${centsForSpreadsheet(sum, language)} %` })}
      </p>
      {editable && (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={!!message}
            onClick={() => props.onApply(preset === 'plan' ? null : (parsed as number[]))}
          >
            {t('plans.season.apply')}
          </button>
        </div>
      )}
    </div>
  );
}

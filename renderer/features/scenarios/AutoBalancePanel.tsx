import { useMemo, useRef, useState } from 'react';
import type { BalanceOptions } from '@shared/balancer/build-problem';
import {
  BALANCE_TARGETS,
  DEFAULT_MIX,
  type BalanceTarget,
  type MixWeights,
} from '@shared/balancer/problem';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { LIVE_ORIGIN, type Scenario, type ScenarioHeader } from '@shared/scenario/scenario';
import type { MemberLoad, SegmentWeights } from '@shared/territory/balance';
import { formatNumber } from '@shared/format/intl';
import { TaskCancelled } from '@renderer/app/worker-task';
import type { MoveCost } from '@shared/balancer/exact/exact-model';
import { EXACT_MAX_ACCOUNTS } from '@shared/balancer/exact/solve-exact';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { TIME_LIMITS } from './BalanceMethodFields';
import { BalanceMethodFields, type BalanceMethod } from './BalanceMethodFields';
import { BalanceProgress } from './BalanceProgress';
import { MemberChoice } from './MemberChoice';
import {
  startAutoBalance,
  type AutoBalanceProgress,
  type AutoBalanceTask,
} from './run-auto-balance';
import { loadScenario } from './scenario-repository';
import { loadPostalMap } from '@renderer/app/data/postal-map';

interface Props {
  accounts: readonly Account[];
  liveTerritories: readonly Territory[];
  scenarios: readonly ScenarioHeader[];
  members: readonly TeamMember[];
  weights: SegmentWeights;
  /** The live loads per member (kept by the account store), for the visits the team needs. */
  memberLoads: ReadonlyMap<string, MemberLoad>;
  /** 'live' or a scenario id: what the proposal starts from. */
  initialSource: string;
  onDone: (scenario: Scenario) => Promise<void>;
  onClose: () => void;
}

/** The auto-balance form: what to even out, for whom, how strictly; runs off the main thread. */
export function AutoBalancePanel(props: Props) {
  const { accounts, liveTerritories, scenarios, members, weights, memberLoads, onDone, onClose } =
    props;
  const { t, locale } = useI18n();
  const active = members.filter((m) => m.active);
  const [source, setSource] = useState(props.initialSource);
  const [target, setTarget] = useState<BalanceTarget>('potential');
  const [mix, setMix] = useState<MixWeights>(DEFAULT_MIX);
  const [tolerance, setTolerance] = useState('5');
  const [prefix, setPrefix] = useState<'0' | '2' | '3'>('0');
  const [chosen, setChosen] = useState(() => new Set(active.map((m) => m.id)));
  const [respectCapacity, setRespectCapacity] = useState(true);
  const [method, setMethod] = useState<BalanceMethod>('fast');
  const [contiguous, setContiguous] = useState(false);
  const [timeLimit, setTimeLimit] = useState<(typeof TIME_LIMITS)[number]>('30');
  const [cost, setCost] = useState<MoveCost>('units');
  const [progress, setProgress] = useState<AutoBalanceProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const task = useRef<AutoBalanceTask | null>(null);

  const toleranceValue = Number(tolerance.replace(',', '.'));
  const toleranceOk =
    Number.isFinite(toleranceValue) && toleranceValue >= 1 && toleranceValue <= 50;
  const mixOk = target !== 'mix' || Object.values(mix).some((w) => w > 0);
  const chosenMembers = active.filter((m) => chosen.has(m.id));
  const needed = chosenMembers.reduce((sum, m) => sum + (memberLoads.get(m.id)?.workload ?? 0), 0);
  const available = chosenMembers.reduce((sum, m) => sum + m.capacity, 0);
  const heldByChosen = useMemo(() => {
    let count = 0;
    for (const account of accounts) if (account.ownerId && chosen.has(account.ownerId)) count += 1;
    return count;
  }, [accounts, chosen]);
  const exact = method === 'exact' && heldByChosen <= EXACT_MAX_ACCOUNTS;
  const ready = toleranceOk && mixOk && chosenMembers.length >= 2 && progress === null;

  const run = async () => {
    setProblem(null);
    setProgress({ fraction: 0 });
    const options: BalanceOptions = {
      target,
      mix,
      tolerance: toleranceValue / 100,
      prefixDigits: contiguous ? 0 : (Number(prefix) as 0 | 2 | 3),
      respectCapacity,
    };
    const name = t('scenarios.balance.name', {
      target: t(`scenarios.target.${target}`),
      tolerance: String(toleranceValue),
    });
    try {
      const sourceScenario = source === 'live' ? null : await loadScenario(source);
      // Whole postal areas between bordering territories: the map's areas and borders.
      const areas = contiguous ? await loadPostalMap() : null;
      task.current = startAutoBalance(
        accounts,
        liveTerritories,
        weights,
        {
          source: sourceScenario,
          sourceName: sourceScenario?.name ?? LIVE_ORIGIN,
          chosen: chosenMembers,
          options,
          name,
          method: areas
            ? {
                kind: 'contiguous',
                codes: areas.map.codes,
                neighbours: areas.neighbours,
                ...(exact ? { exact: { timeLimit: Number(timeLimit), cost } } : {}),
              }
            : exact
              ? { kind: 'exact', timeLimit: Number(timeLimit), cost }
              : { kind: 'fast' },
        },
        setProgress,
      );
      await onDone(await task.current.result);
    } catch (error) {
      if (!(error instanceof TaskCancelled))
        setProblem(
          t('scenarios.balance.failed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        );
    } finally {
      task.current = null;
      setProgress(null);
    }
  };

  return (
    <section className="card auto-balance" aria-labelledby="auto-balance-title">
      <h2 id="auto-balance-title">{t('scenarios.balance.title')}</h2>
      <p className="muted">{t('scenarios.balance.lead')}</p>
      <div className="field-row">
        <SelectField
          id="balance-source"
          label={t('scenarios.balance.source')}
          value={source}
          onChange={setSource}
          options={[
            { value: 'live', label: t('scenarios.live') },
            ...scenarios.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <SelectField
          id="balance-target"
          label={t('scenarios.balance.target')}
          value={target}
          onChange={setTarget}
          options={BALANCE_TARGETS.map((m) => ({ value: m, label: t(`scenarios.target.${m}`) }))}
        />
        <div className="field">
          <label htmlFor="balance-tolerance">{t('scenarios.balance.tolerance')}</label>
          <input
            id="balance-tolerance"
            className="input narrow"
            inputMode="decimal"
            value={tolerance}
            aria-invalid={toleranceOk ? undefined : true}
            aria-describedby="balance-tolerance-hint"
            onChange={(e) => setTolerance(e.target.value)}
          />
          <p className={toleranceOk ? 'hint' : 'field-error'} id="balance-tolerance-hint">
            {t('scenarios.balance.toleranceHint')}
          </p>
        </div>
        <SelectField
          id="balance-prefix"
          label={t('scenarios.balance.prefix')}
          value={contiguous ? '0' : prefix}
          onChange={setPrefix}
          disabled={contiguous}
          options={(['0', '2', '3'] as const).map((p) => ({
            value: p,
            label: t(`scenarios.balance.prefix${p}`),
          }))}
        />
      </div>
      {target === 'mix' && (
        <fieldset className="field-row">
          <legend>{t('scenarios.balance.mix')}</legend>
          {(Object.keys(mix) as Array<keyof MixWeights>).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`mix-${k}`}>{t(`scenarios.target.${k}`)}</label>
              <input
                id={`mix-${k}`}
                className="input narrow"
                type="number"
                min={0}
                max={10}
                value={mix[k]}
                onChange={(e) =>
                  setMix({ ...mix, [k]: Math.max(0, Math.min(10, Number(e.target.value) || 0)) })
                }
              />
            </div>
          ))}
          {!mixOk && <p className="field-error">{t('scenarios.balance.mixEmpty')}</p>}
        </fieldset>
      )}
      <MemberChoice members={active} chosen={chosen} onChosen={setChosen} />
      <label className="checkbox">
        <input
          id="balance-capacity"
          type="checkbox"
          checked={respectCapacity}
          onChange={(e) => setRespectCapacity(e.target.checked)}
        />
        {t('scenarios.balance.capacity')}
      </label>
      {needed > available && (
        <p className="hint warning-text">
          {t('scenarios.balance.overCapacity', {
            needed: formatNumber(needed, locale),
            available: formatNumber(available, locale),
          })}
        </p>
      )}
      <p className="hint">
        {t(respectCapacity ? 'scenarios.balance.rules' : 'scenarios.balance.rulesNoCapacity')}
      </p>
      <BalanceMethodFields
        method={method}
        onMethod={setMethod}
        timeLimit={timeLimit}
        onTimeLimit={setTimeLimit}
        cost={cost}
        onCost={setCost}
        accounts={heldByChosen}
        contiguous={contiguous}
        onContiguous={setContiguous}
      />
      {progress !== null && (
        <BalanceProgress
          progress={progress}
          exact={exact && !contiguous}
          onStop={() => task.current?.stop?.()}
          onCancel={() => task.current?.cancel()}
        />
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!ready}
          onClick={() => void run()}
        >
          {t('scenarios.balance.run')}
        </button>
        <button type="button" className="button" disabled={progress !== null} onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}

import { originLabel } from './origin-label';
import { MAX_NAME_CHARS, nameProblem } from '@shared/domain/names';
import { useState } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { formatIsoDate } from '@shared/format/intl';
import { DisruptionFigures } from './DisruptionFigures';
import { scenarioApplication } from '@shared/scenario/apply';
import { compareAssignments } from '@shared/scenario/compare';
import { liveAssignment, type Scenario, type ScenarioHeader } from '@shared/scenario/scenario';
import type { SegmentWeights } from '@shared/territory/balance';
import { SelectField } from '@renderer/components/SelectField';
import { Tabs } from '@renderer/components/Tabs';
import { useBusyAction } from '@renderer/app/use-busy-action';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { SCENARIO_TABS, type ScenarioTab } from '@renderer/store/slices/scenarios-ui';
import { useActingAs } from '@renderer/app/data/use-approvals';
import { BalanceExplain } from './BalanceExplain';
import { FlowMatrix } from './FlowMatrix';
import { MovedAccounts } from './MovedAccounts';
import { ScenarioBalance } from './ScenarioBalance';
import { ScenarioMap } from './ScenarioMap';
import { ScenarioPins } from './ScenarioPins';
import { ScenarioTerritories } from './ScenarioTerritories';
import {
  applyScenarioCommand,
  discardScenarioCommand,
  saveScenarioCommand,
  useScenario,
} from './scenario-repository';
import { useCommand } from '@renderer/app/use-command';
import type { MessageKey } from '@shared/i18n/messages.en';
import { useComparison } from './use-comparison';

interface Props {
  scenario: Scenario;
  scenarios: readonly ScenarioHeader[];
  accounts: readonly Account[];
  version: number;
  liveTerritories: readonly Territory[];
  members: readonly TeamMember[];
  weights: SegmentWeights;
  onAutoBalance: () => void;
}

/** One scenario: compared with live or another scenario, edited, applied or discarded. */
export function ScenarioDetail(props: Props) {
  const { scenario, scenarios, accounts, version, liveTerritories, members, weights } = props;
  const { t, locale } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const command = useCommand();
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const compareWith = useAppStore((s) => s.compareWith);
  const setCompareWith = useAppStore((s) => s.setCompareWith);
  const tab = useAppStore((s) => s.scenarioTab);
  const setTab = useAppStore((s) => s.setScenarioTab);
  const openScenario = useAppStore((s) => s.openScenario);
  const actingAs = useActingAs();
  const [name, setName] = useState(scenario.name);
  const [busy, run] = useBusyAction();
  const [applying, setApplying] = useState<number | null>(null);
  const other =
    useScenario(compareWith !== 'live' && compareWith !== scenario.id ? compareWith : null) ?? null;
  const comparison = useComparison(accounts, version, scenario, other, weights);
  const baseLabel = other?.name ?? t('scenarios.live');
  const tabs = SCENARIO_TABS.filter((x) => x !== 'explain' || scenario.balance);
  const current: ScenarioTab = tabs.includes(tab) ? tab : 'balance';
  const membersById = new Map(members.map((m) => [m.id, m]));
  const actor = actingAs ? membersById.get(actingAs) : undefined;

  const save = (changed: Scenario, label: MessageKey) =>
    run(async () => void (await command(saveScenarioCommand(changed, label))));

  const rename = () => {
    const trimmed = name.trim();
    if (trimmed === scenario.name) return setName(scenario.name);
    const others = scenarios.filter((s) => s.id !== scenario.id).map((s) => s.name);
    const problem = nameProblem(trimmed, others);
    if (problem) {
      notify(t(`names.problem.${problem}`, { max: MAX_NAME_CHARS }), 'error');
      return setName(scenario.name);
    }
    void save({ ...scenario, name: trimmed }, 'scenarios.history.rename');
  };
  const keep = (accountId: string, memberId: string) =>
    void save(
      {
        ...scenario,
        pins: [...scenario.pins.filter(([id]) => id !== accountId), [accountId, memberId]],
      },
      'scenarios.history.edit',
    );
  const copy = () =>
    run(async () => {
      const now = new Date().toISOString();
      const duplicate: Scenario = {
        ...scenario,
        id: crypto.randomUUID(),
        name: t('scenarios.copyName', { name: scenario.name }),
        origin: scenario.name,
        createdAt: now,
        updatedAt: now,
      };
      const outcome = await command(saveScenarioCommand(duplicate, 'scenarios.history.create'));
      if (outcome?.kind === 'applied') openScenario(duplicate.id);
    });
  const discard = () =>
    run(async () => {
      const outcome = await command(discardScenarioCommand(scenario), () =>
        t('scenarios.discarded', { name: scenario.name }),
      );
      if (outcome?.kind === 'applied') openScenario(null);
    });
  const apply = () =>
    run(async () => {
      const live = liveAssignment(accounts);
      const toLive = other
        ? compareAssignments(accounts, live, comparison.scenario, weights)
        : comparison;
      const application = scenarioApplication(
        scenario,
        liveTerritories,
        accounts,
        comparison.scenario,
        toLive.disruption,
      );
      // Writing tens of thousands of accounts takes a while: say what is happening.
      setApplying(application.change.placements.length);
      await command(
        applyScenarioCommand(application.change),
        () =>
          t('scenarios.apply.applied', {
            name: scenario.name,
            count: application.change.placements.length,
          }),
        (approver) => t('scenarios.apply.proposed', { approver }),
      ).finally(() => setApplying(null));
    });

  return (
    <section className="card scenario-detail" aria-labelledby="scenario-title">
      <div className="section-header">
        <div className="field">
          <label htmlFor="scenario-name" id="scenario-title">
            {t('scenarios.name')}
          </label>
          <input
            id="scenario-name"
            className="input"
            value={name}
            disabled={readOnly}
            onChange={(e) => setName(e.target.value)}
            onBlur={rename}
            onKeyDown={(e) => {
              if (e.key === 'Enter') rename();
              if (e.key === 'Escape') setName(scenario.name);
            }}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy || readOnly}
            onClick={props.onAutoBalance}
          >
            {t('scenarios.autoBalanceThis')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || readOnly}
            onClick={() => void copy()}
          >
            {t('scenarios.copy')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || readOnly}
            onClick={() => void discard()}
          >
            {t('scenarios.discard')}
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={busy || readOnly}
            onClick={() => void apply()}
          >
            {actor?.level === 'junior' ? t('scenarios.propose') : t('scenarios.apply')}
          </button>
        </div>
      </div>
      {applying !== null && (
        <p className="muted" role="status">
          {t('scenarios.apply.running', { count: applying })}
        </p>
      )}
      <p className="muted">
        {t('scenarios.origin', {
          origin: originLabel(scenario.origin, t),
          date: formatIsoDate(scenario.createdAt.slice(0, 10), locale),
        })}
      </p>
      <div className="toolbar">
        <SelectField
          id="scenario-compare"
          label={t('scenarios.compareWith')}
          inline
          value={other ? other.id : 'live'}
          onChange={setCompareWith}
          options={[
            { value: 'live', label: t('scenarios.live') },
            ...scenarios
              .filter((s) => s.id !== scenario.id)
              .map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      </div>
      <DisruptionFigures disruption={comparison.disruption} base={baseLabel} />
      <Tabs
        label={t('scenarios.tabs')}
        tabs={tabs}
        current={current}
        name={(x) => t(`scenarios.tab.${x}`)}
        onChange={setTab}
        idPrefix="scenario"
      />
      <div role="tabpanel" aria-labelledby={`scenario-tab-${current}`} className="tab-panel">
        {current === 'balance' && (
          <ScenarioBalance
            before={comparison.loadsA}
            after={comparison.loadsB}
            members={members}
            balanced={scenario.balance}
            tolerance={scenario.balance?.tolerance ?? 0.1}
            labels={{ before: baseLabel, after: scenario.name }}
          />
        )}
        {current === 'moved' && (
          <MovedAccounts
            accounts={accounts}
            comparison={comparison}
            members={members}
            onKeep={readOnly ? null : keep}
          />
        )}
        {current === 'flows' && <FlowMatrix flows={comparison.flows} members={members} />}
        {current === 'territories' && (
          <ScenarioTerritories
            scenario={scenario}
            accounts={accounts}
            placed={comparison.scenario}
            members={members}
            onChange={(territories) => save({ ...scenario, territories }, 'scenarios.history.edit')}
          />
        )}
        {current === 'territories' && (
          <ScenarioPins
            scenario={scenario}
            accounts={accounts}
            members={members}
            disabled={busy || readOnly}
            onChange={(pins) => void save({ ...scenario, pins }, 'scenarios.history.edit')}
          />
        )}
        {current === 'map' && (
          <ScenarioMap
            scenarioName={scenario.name}
            before={{ name: baseLabel, territories: other?.territories ?? liveTerritories }}
            after={scenario.territories}
            accounts={accounts}
            movedAccounts={comparison.moved}
            version={version}
            members={members}
            weights={weights}
          />
        )}
        {current === 'explain' && scenario.balance && (
          <BalanceExplain explanation={scenario.balance} membersById={membersById} />
        )}
      </div>
    </section>
  );
}

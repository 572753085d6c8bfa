import { originLabel } from './origin-label';
import { useState } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { formatIsoDate } from '@shared/format/intl';
import { copyScenario, liveAssignment, LIVE_ORIGIN } from '@shared/scenario/scenario';
import type { MemberLoad, SegmentWeights } from '@shared/territory/balance';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { AutoBalancePanel } from './AutoBalancePanel';
import { uniqueName } from '@shared/domain/names';
import { ScenarioDetail } from './ScenarioDetail';
import { saveScenarioCommand, useScenario, useScenarioList } from './scenario-repository';
import { useCommand } from '@renderer/app/use-command';

interface Props {
  accounts: readonly Account[];
  version: number;
  territories: readonly Territory[];
  members: readonly TeamMember[];
  weights: SegmentWeights;
  memberLoads: ReadonlyMap<string, MemberLoad>;
}

/** What-if copies of the assignment: create, auto-balance, compare, apply or discard. */
export function ScenariosView(props: Props) {
  const { accounts, version, territories, members, weights, memberLoads } = props;
  const { t, locale } = useI18n();
  const scenarios = useScenarioList();
  const selectedId = useAppStore((s) => s.selectedScenarioId);
  const selected = useScenario(selectedId);
  const open = useAppStore((s) => s.openScenario);
  const command = useCommand();
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const [balancing, setBalancing] = useState<string | null>(null);

  const create = async () => {
    const name = uniqueName(
      t('scenarios.newName', { number: (scenarios?.length ?? 0) + 1 }),
      (scenarios ?? []).map((s) => s.name),
    );
    const scenario = copyScenario(
      name,
      LIVE_ORIGIN,
      territories,
      accounts,
      liveAssignment(accounts),
      new Date(),
    );
    const outcome = await command(saveScenarioCommand(scenario, 'scenarios.history.create'));
    if (outcome?.kind === 'applied') open(scenario.id, 'territories');
  };

  if (!scenarios)
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  return (
    <div className="scenarios-view">
      <div className="toolbar">
        <button type="button" className="button" disabled={readOnly} onClick={() => void create()}>
          {t('scenarios.new')}
        </button>
        <button
          type="button"
          className="button"
          disabled={readOnly || members.filter((m) => m.active).length < 2}
          onClick={() => setBalancing(selected?.id ?? 'live')}
        >
          {t('scenarios.autoBalance')}
        </button>
      </div>
      {balancing !== null && (
        <AutoBalancePanel
          key={balancing}
          accounts={accounts}
          liveTerritories={territories}
          scenarios={scenarios}
          members={members}
          weights={weights}
          memberLoads={memberLoads}
          initialSource={balancing}
          onClose={() => setBalancing(null)}
          onDone={async (scenario) => {
            performance.mark('stp:autobalance-save-start');
            const outcome = await command(
              saveScenarioCommand(scenario, 'scenarios.history.create'),
              () =>
                t('scenarios.balance.done', {
                  name: scenario.name,
                  count: scenario.balance?.movedAccounts ?? 0,
                }),
            );
            performance.measure('stp:autobalance-save', 'stp:autobalance-save-start');
            if (outcome?.kind !== 'applied') return;
            setBalancing(null);
            open(scenario.id, 'explain');
          }}
        />
      )}
      {scenarios.length === 0 ? (
        <section className="empty-state">
          <h2>{t('scenarios.empty.title')}</h2>
          <p>{t('scenarios.empty.body')}</p>
        </section>
      ) : (
        <div className="scenario-layout">
          <nav aria-label={t('scenarios.list')} className="card scenario-list">
            <ul>
              {scenarios.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className={s.id === selected?.id ? 'scenario-item selected' : 'scenario-item'}
                    aria-current={s.id === selected?.id ? 'true' : undefined}
                    onClick={() => open(s.id)}
                  >
                    <strong>{s.name}</strong>
                    <span className="muted">
                      {t('scenarios.origin', {
                        origin: originLabel(s.origin, t),
                        date: formatIsoDate(s.createdAt.slice(0, 10), locale),
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected === undefined && selectedId ? (
            <p className="muted" role="status">
              {t('common.loading')}
            </p>
          ) : selected ? (
            <ScenarioDetail
              key={`${selected.id}:${selected.name}`}
              scenario={selected}
              scenarios={scenarios}
              accounts={accounts}
              version={version}
              liveTerritories={territories}
              members={members}
              weights={weights}
              onAutoBalance={() => setBalancing(selected.id)}
            />
          ) : (
            <p className="muted">{t('scenarios.pick')}</p>
          )}
        </div>
      )}
    </div>
  );
}

import { useMemo } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import type { Assignment, Scenario } from '@shared/scenario/scenario';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { TerritoryEditor } from '@renderer/components/territory/TerritoryEditor';
import { TerritoryTree } from '@renderer/components/territory/TerritoryTree';

interface Props {
  scenario: Scenario;
  accounts: readonly Account[];
  placed: Assignment;
  members: readonly TeamMember[];
  onChange: (territories: Territory[], changedAccounts: number) => Promise<void>;
}

/** The scenario's own territories: owners, mentors and postal rules, edited as on the live page. */
export function ScenarioTerritories({ scenario, accounts, placed, members, onChange }: Props) {
  const { t } = useI18n();
  const selectedId = useAppStore((s) => s.selectedTerritoryId);
  // The accounts as the scenario places them, so the editor's preview shows this scenario's moves.
  const placedAccounts = useMemo(
    () =>
      accounts.map((a, i) => ({
        id: a.id,
        postalCode: a.postalCode,
        territoryId: placed.territoryIds[i] ?? null,
        ownerId: placed.ownerIds[i] ?? null,
        pinnedOwnerId: placed.pinnedOwnerIds[i] ?? null,
      })),
    [accounts, placed],
  );
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const id of placed.territoryIds) if (id) map.set(id, (map.get(id) ?? 0) + 1);
    return map;
  }, [placed]);
  const membersById = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const selected = scenario.territories.find((x) => x.id === selectedId);
  if (scenario.territories.length === 0)
    return <p className="muted">{t('scenarios.territories.none')}</p>;
  return (
    <div className="territory-layout">
      <TerritoryTree
        territories={scenario.territories}
        members={membersById}
        accountCounts={counts}
      />
      {selected ? (
        <TerritoryEditor
          key={`${scenario.id}:${JSON.stringify(selected)}`}
          territory={selected}
          territories={scenario.territories}
          accounts={placedAccounts}
          members={members}
          onApply={(edited, moves) =>
            onChange(
              scenario.territories.map((x) => (x.id === edited.id ? edited : x)),
              moves.length,
            )
          }
        />
      ) : (
        <p className="muted">{t('scenarios.territories.pick')}</p>
      )}
    </div>
  );
}

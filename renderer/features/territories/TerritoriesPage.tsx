import { Redo2, Undo2 } from 'lucide-react';
import { ExportButton } from '../csv/ExportButton';
import { ImportButton } from '../csv-import/ImportButton';
import { assignmentExport } from './export-assignment';
import { uniqueName } from '@shared/domain/names';
import type { Territory } from '@shared/domain/territory';
import {
  changeTerritoryCommand,
  prepareTerritoryMoves,
  parentForNewTerritory,
  territoryChange,
} from './territory-commands';
import { useCommand } from '@renderer/app/use-command';
import { lazy, Suspense, useMemo } from 'react';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { useFirstScreenMark } from '@renderer/app/first-screen';
import { useHistoryStep } from '@renderer/app/use-history-step';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { loadsFor, useAccountData } from '@renderer/app/data/account-store';
import { useTeam } from '@renderer/app/data/use-team';
import { BalancePanel } from './BalancePanel';
import { TerritoryEditor } from '@renderer/components/territory/TerritoryEditor';
import { TerritoryTree } from '@renderer/components/territory/TerritoryTree';
import { useTerritories } from '@renderer/app/data/use-territories';
import { Tabs } from '@renderer/components/Tabs';
import { TERRITORY_VIEWS } from '@renderer/store/slices/scenarios-ui';
import { ScenariosView } from '../scenarios/ScenariosView';
import { AccountsLoading } from '@renderer/components/AccountsLoading';

// The map, its geometry and data load the first time the map is opened.
const TerritoryMap = lazy(() =>
  import('./map/TerritoryMap').then((module) => ({ default: module.TerritoryMap })),
);

export function TerritoriesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const data = useAccountData();
  const members = useTeam();
  const territories = useTerritories();
  const selectedId = useAppStore((s) => s.selectedTerritoryId);
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const weights = (useSettings() ?? DEFAULT_SETTINGS).segmentWeights;
  const view = useAppStore((s) => s.territoryView);
  const setView = useAppStore((s) => s.setTerritoryView);
  const ready = data.kind === 'ready' && members !== undefined && territories !== undefined;
  useFirstScreenMark(ready);

  const accounts = data.kind === 'ready' ? data.data.accounts : null;
  const version = data.kind === 'ready' ? data.data.version : 0;
  const sums = data.kind === 'ready' ? loadsFor(data.data, weights) : null;
  // New objects per data version, so the balance panel recomputes its report.
  const loads = useMemo(() => new Map(sums?.byMember ?? []), [sums, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const territoryLoads = useMemo(() => new Map(sums?.byTerritory ?? []), [sums, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = useMemo(
    () => new Map([...territoryLoads].map(([id, load]) => [id, load.accounts])),
    [territoryLoads],
  );
  const assigned = [...loads.values()].reduce((sum, load) => sum + load.accounts, 0);
  const unassigned = (accounts?.length ?? 0) - assigned;

  const step = useHistoryStep();

  const select = useAppStore((s) => s.selectTerritory);
  const run = useCommand();
  const add = async (kind: 'region' | 'territory') => {
    const parentId =
      kind === 'region' ? null : parentForNewTerritory(territories?.territories ?? [], selectedId);
    const territory = {
      id: crypto.randomUUID(),
      // Never two of the same name: "New territory", "New territory 2", …
      name: uniqueName(
        t(kind === 'region' ? 'territories.newRegion' : 'territories.newName'),
        (territories?.territories ?? []).map((x) => x.name),
      ),
      kind,
      parentId,
      ownerId: null,
      mentorId: null,
      rules: [],
    };
    const outcome = await run(
      changeTerritoryCommand(territoryChange(null, territory as Territory, [], [])),
    );
    if (outcome?.kind === 'applied') select(territory.id);
  };

  const selected = territories?.territories.find((x) => x.id === selectedId);
  const membersById = new Map((members ?? []).map((m) => [m.id, m]));
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('territories.title')}</h1>
          {ready && (
            <p className="subtitle">
              {t('territories.subtitle', {
                territories: territories.territories.filter((x) => x.kind === 'territory').length,
                regions: territories.territories.filter((x) => x.kind === 'region').length,
                unassigned,
              })}
            </p>
          )}
        </div>
        <div className="form-actions">
          {view === 'live' && (
            <>
              <button
                type="button"
                className="button"
                disabled={!ready || readOnly}
                onClick={() => void add('region')}
              >
                {t('territories.addRegion')}
              </button>
              <button
                type="button"
                className="button"
                disabled={!ready || readOnly}
                onClick={() => void add('territory')}
              >
                {t('territories.add')}
              </button>
              <ImportButton kind="territories" />
              <ExportButton
                label={t('territories.export')}
                fileBase={t('territories.exportName')}
                sheet={t('territories.sheetName')}
                disabled={!ready || !accounts?.length}
                build={() =>
                  assignmentExport(
                    accounts ?? [],
                    territories?.byId ?? new Map(),
                    new Map((members ?? []).map((m) => [m.id, m])),
                    t,
                  )
                }
              />
            </>
          )}
          <button
            type="button"
            className="button"
            disabled={!canUndo}
            onClick={() => void step('undo')}
          >
            <Undo2 size={16} aria-hidden="true" />
            {t('territories.undo')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canRedo}
            onClick={() => void step('redo')}
          >
            <Redo2 size={16} aria-hidden="true" />
            {t('territories.redo')}
          </button>
        </div>
      </header>
      <Tabs
        label={t('scenarios.views')}
        tabs={TERRITORY_VIEWS}
        current={view}
        name={(x) => t(`scenarios.view.${x}`)}
        onChange={setView}
        idPrefix="territory-view"
      />
      {!ready && <AccountsLoading />}
      {ready && view === 'scenarios' && (
        <div role="tabpanel" aria-labelledby="territory-view-tab-scenarios">
          <ScenariosView
            accounts={accounts!}
            version={version}
            territories={territories.territories}
            members={members}
            weights={weights}
            memberLoads={loads}
          />
        </div>
      )}
      {ready && view === 'map' && (
        <div role="tabpanel" aria-labelledby="territory-view-tab-map">
          <Suspense
            fallback={
              <p className="muted" role="status">
                {t('map.loading')}
              </p>
            }
          >
            <TerritoryMap
              accounts={accounts!}
              version={version}
              territories={territories}
              members={members}
              weights={weights}
              accountCounts={counts}
            />
          </Suspense>
        </div>
      )}
      {ready && view === 'live' && territories.territories.length === 0 && (
        <section className="empty-state">
          <h2>{t('territories.empty.title')}</h2>
          <p>{t('territories.empty.body')}</p>
        </section>
      )}
      {ready && view === 'live' && territories.territories.length > 0 && (
        <>
          <div className="territory-layout">
            <TerritoryTree
              territories={territories.territories}
              members={membersById}
              accountCounts={counts}
            />
            {selected && accounts && (
              <TerritoryEditor
                key={`${selected.id}:${JSON.stringify(selected)}`}
                territory={selected}
                territories={territories.territories}
                accounts={accounts}
                accountsVersion={version}
                members={members}
                onPreview={prepareTerritoryMoves}
                onApply={async (edited, moves, previous) => {
                  const outcome = await run(
                    changeTerritoryCommand(territoryChange(selected, edited, moves, previous)),
                    () => t('territories.applied', { name: edited.name, count: moves.length }),
                  );
                  return outcome?.kind === 'applied';
                }}
              />
            )}
          </div>
          <BalancePanel
            loadsByMember={loads}
            loadsByTerritory={territoryLoads}
            members={members}
            territories={territories.territories}
          />
        </>
      )}
    </div>
  );
}

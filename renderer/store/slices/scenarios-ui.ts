import type { StateCreator } from 'zustand';
import type { AppState } from '../app-store';

export const TERRITORY_VIEWS = ['live', 'map', 'scenarios'] as const;
export type TerritoryView = (typeof TERRITORY_VIEWS)[number];

export const SCENARIO_TABS = [
  'balance',
  'moved',
  'flows',
  'territories',
  'map',
  'explain',
] as const;
export type ScenarioTab = (typeof SCENARIO_TABS)[number];

export interface ScenariosUiSlice {
  territoryView: TerritoryView;
  selectedScenarioId: string | null;
  /** What the open scenario is compared with: 'live' or another scenario's id. */
  compareWith: string;
  scenarioTab: ScenarioTab;
  setTerritoryView: (view: TerritoryView) => void;
  /** Opens a scenario (compared with the live assignment) on the given tab. */
  openScenario: (id: string | null, tab?: ScenarioTab) => void;
  setCompareWith: (id: string) => void;
  setScenarioTab: (tab: ScenarioTab) => void;
}

export const createScenariosUiSlice: StateCreator<AppState, [], [], ScenariosUiSlice> = (set) => ({
  territoryView: 'live',
  selectedScenarioId: null,
  compareWith: 'live',
  scenarioTab: 'balance',
  setTerritoryView: (territoryView) => set({ territoryView }),
  openScenario: (selectedScenarioId, tab) =>
    set((s) => ({
      selectedScenarioId,
      compareWith: 'live',
      scenarioTab: tab ?? (s.scenarioTab === 'explain' ? 'balance' : s.scenarioTab),
    })),
  setCompareWith: (compareWith) => set({ compareWith }),
  setScenarioTab: (scenarioTab) => set({ scenarioTab }),
});

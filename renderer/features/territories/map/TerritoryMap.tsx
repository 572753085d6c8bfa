import { useMemo, useState } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { AREA_METRICS } from '@shared/geo/area-figures';
import type { SegmentWeights } from '@shared/territory/balance';
import type { TerritoryIndex } from '@shared/territory/territory-index';
import { boxOf, type PostalMapModel } from '@renderer/app/data/postal-map';
import { MapCanvas, type DragMode } from '@renderer/components/map/MapCanvas';
import { PostalMapGate } from '@renderer/components/map/PostalMapGate';
import type { Box } from '@renderer/components/map/map-view';
import {
  allEdges,
  areasPath,
  fillPaths,
  bordersPath,
  type MapLayers,
} from '@renderer/components/map/paint-map';
import { SelectField } from '@renderer/components/SelectField';
import { TerritoryTree } from '@renderer/components/territory/TerritoryTree';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { accountDots } from '@renderer/components/map/account-dots';
import { AreasInView } from './AreasInView';
import {
  colourAreas,
  figuresOf,
  GROUP_COLOURINGS,
  territoryOfAreas,
  type MapColouring,
} from '@renderer/components/map/map-colouring';
import { MapHover, useMapHover } from '@renderer/components/map/MapHover';
import { MapLegend, useLegendEntries } from '@renderer/components/map/MapLegend';
import { MapSelection } from './MapSelection';
import { OffMap } from './OffMap';

let known: {
  model: PostalMapModel;
  accounts: readonly Account[];
  version: number;
  codes: string[];
} | null = null;

/**
 * Every code the rules may need to tell apart (the map's and the accounts'), ascending: asked
 * for only when a change is proposed, and kept for the account store's version.
 */
function knownPostalCodes(model: PostalMapModel, accounts: readonly Account[], version: number) {
  if (known?.model !== model || known.accounts !== accounts || known.version !== version) {
    const codes = new Set(model.map.codes);
    for (const account of accounts) codes.add(account.postalCode);
    known = { model, accounts, version, codes: [...codes].sort() };
  }
  return known.codes;
}

interface Props {
  accounts: readonly Account[];
  version: number;
  territories: { territories: Territory[]; index: TerritoryIndex };
  members: readonly TeamMember[];
  weights: SegmentWeights;
  accountCounts: ReadonlyMap<string, number>;
}

/** The territories on a map of postal areas: see them, colour by a figure, and reshape them. */
export function TerritoryMap(props: Props) {
  return <PostalMapGate>{(model) => <MapWorkspace {...props} model={model} />}</PostalMapGate>;
}

function MapWorkspace(props: Props & { model: PostalMapModel }) {
  const { model, accounts, version, members, weights } = props;
  const { territories, index } = props.territories;
  const { t } = useI18n();
  const legendEntries = useLegendEntries();
  const [colouring, setColouring] = useState<MapColouring>('territory');
  const [dots, setDots] = useState(false);
  const [mode, setMode] = useState<DragMode>('pan');
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [hover, onHover] = useMapHover();
  const [inView, setInView] = useState<Box | null>(null);

  const territoryOf = useMemo(
    () => territoryOfAreas(model, territories, index),
    [model, territories, index],
  );
  const figures = useMemo(
    () => figuresOf(model, accounts, weights, version),
    // The account store edits its array in place and bumps the version.
    [model, accounts, version, weights],
  );
  const result = useMemo(
    () => colourAreas(colouring, model, territoryOf, territories, figures),
    [colouring, model, territoryOf, territories, figures],
  );
  const fills = useMemo(() => fillPaths(model, result.fills), [model, result.fills]);
  const borders = useMemo(() => bordersPath(model, result.groupOf), [model, result.groupOf]);
  const edges = allEdges(model);
  const selection = useMemo(
    () => (selected.size ? areasPath(model, selected) : null),
    [model, selected],
  );
  const dotLayer = useMemo(
    () => (dots ? accountDots(model, accounts) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dots, model, accounts, version],
  );
  const layers: MapLayers = useMemo(
    () => ({ fills, edges, borders, selection, highlight: null, dots: dotLayer }),
    [fills, edges, borders, selection, dotLayer],
  );
  const knownCodes = () => knownPostalCodes(model, accounts, version);

  // Choosing a territory or region in the tree shows it.
  const selectedId = useAppStore((s) => s.selectedTerritoryId);
  const [focus, setFocus] = useState<{ box: Box; key: number } | null>(null);
  const [focusedId, setFocusedId] = useState(selectedId);
  if (selectedId !== focusedId) {
    setFocusedId(selectedId);
    const ids = new Set(
      territories
        .filter((x) => x.id === selectedId || x.parentId === selectedId)
        .map((x) => territories.indexOf(x)),
    );
    const box = boxOf(
      model,
      [...territoryOf.keys()].filter((area) => ids.has(territoryOf[area]!)),
    );
    if (box) setFocus({ box, key: (focus?.key ?? 0) + 1 });
  }

  const names = new Map(members.map((m) => [m.id, m.name]));
  const territoryName = (area: number) => territories[territoryOf[area]!]?.name ?? '–';
  const ownerName = (area: number) => {
    const ownerId = territories[territoryOf[area]!]?.ownerId;
    return ownerId ? (names.get(ownerId) ?? '–') : t('map.nobody');
  };
  const select = (areas: number[], how: 'toggle' | 'add' | 'clear') =>
    setSelected((old) => {
      if (how === 'clear') return new Set();
      const next = new Set(old);
      for (const area of areas) {
        if (how === 'toggle' && next.has(area)) next.delete(area);
        else next.add(area);
      }
      return next;
    });
  const accountsIn = (areas: Iterable<number>) => {
    let sum = 0;
    for (const area of areas) sum += figures.accounts[area]!;
    return sum;
  };

  return (
    <div className="map-layout">
      <TerritoryTree
        territories={territories}
        members={new Map(members.map((m) => [m.id, m]))}
        accountCounts={props.accountCounts}
      />
      <div className="map-main">
        <div className="map-toolbar">
          <SelectField
            id="map-colouring"
            label={t('map.colourBy')}
            value={colouring}
            onChange={(value) => setColouring(value as MapColouring)}
            options={[...GROUP_COLOURINGS, ...AREA_METRICS].map((c) => ({
              value: c,
              label: t(`map.colour.${c}`),
            }))}
          />
          <SelectField
            id="map-mode"
            label={t('map.mode')}
            value={mode}
            onChange={(value) => setMode(value as DragMode)}
            options={[
              { value: 'pan', label: t('map.mode.pan') },
              { value: 'lasso', label: t('map.mode.lasso') },
            ]}
          />
          <label className="checkbox">
            <input type="checkbox" checked={dots} onChange={(e) => setDots(e.target.checked)} />
            {t('map.dots')}
          </label>
        </div>
        <div className="map-pane">
          <MapCanvas
            model={model}
            layers={layers}
            label={t('map.label', { colouring: t(`map.colour.${colouring}`) })}
            mode={mode}
            focus={focus}
            onHover={onHover}
            onSelect={select}
            onView={setInView}
            picture={{
              title: t('map.picture.territories', { colouring: t(`map.colour.${colouring}`) }),
              legend: legendEntries(colouring, result),
              fileBase: t('map.picture.file'),
            }}
          />
          {hover && (
            <MapHover
              at={hover}
              code={model.map.codes[hover.area]!}
              place={figures.place[hover.area]!}
              territory={territoryName(hover.area)}
              owner={ownerName(hover.area)}
              accounts={figures.accounts[hover.area]!}
              colouring={colouring}
              value={result.values?.[hover.area] ?? null}
            />
          )}
        </div>
        <MapLegend colouring={colouring} result={result} dots={dots} />
        <p className="hint">
          {t('map.approximate')} {t('map.help')}
        </p>
        <OffMap accounts={accounts} offMap={figures.offMap} />
        <AreasInView
          model={model}
          box={inView}
          colouring={colouring}
          values={result.values}
          accounts={figures.accounts}
          place={figures.place}
          territoryName={territoryName}
          ownerName={ownerName}
          selected={selected}
          onToggle={(area) => select([area], 'toggle')}
        />
      </div>
      <MapSelection
        model={model}
        selected={selected}
        onSelect={(areas, how) => select(areas, how)}
        accountsIn={accountsIn}
        accounts={accounts as Account[]}
        version={version}
        knownCodes={knownCodes}
        territories={territories}
        index={index}
        members={members}
      />
    </div>
  );
}

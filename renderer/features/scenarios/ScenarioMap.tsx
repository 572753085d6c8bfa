import { useMemo, useState } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { movedAccountsByArea, movedAreas } from '@shared/geo/moved-areas';
import type { SegmentWeights } from '@shared/territory/balance';
import { buildTerritoryIndex } from '@shared/territory/territory-index';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import { MapCanvas } from '@renderer/components/map/MapCanvas';
import {
  colourAreas,
  figuresOf,
  territoryOfAreas,
  type MapColouring,
} from '@renderer/components/map/map-colouring';
import { MapHover, useMapHover } from '@renderer/components/map/MapHover';
import { MapLegend, useLegendEntries } from '@renderer/components/map/MapLegend';
import {
  allEdges,
  areasPath,
  fillPaths,
  HIGHLIGHT,
  bordersPath,
  type MapLayers,
} from '@renderer/components/map/paint-map';
import { PostalMapGate } from '@renderer/components/map/PostalMapGate';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  scenarioName: string;
  before: { name: string; territories: readonly Territory[] };
  after: readonly Territory[];
  accounts: readonly Account[];
  /** Positions (in `accounts`) of the accounts that change owner, pins included. */
  movedAccounts: readonly number[];
  version: number;
  members: readonly TeamMember[];
  weights: SegmentWeights;
}

type Side = 'before' | 'after';
const SIDES: readonly Side[] = ['before', 'after'];
/** How many moved areas the table lists; the count above it gives all. */
const LIMIT = 200;

/** A scenario on the map: before or after, the areas that change hands pointed out. */
export function ScenarioMap(props: Props) {
  return <PostalMapGate>{(model) => <ScenarioMapView {...props} model={model} />}</PostalMapGate>;
}

function ScenarioMapView(props: Props & { model: PostalMapModel }) {
  const { model, before, after, accounts, version, members, weights } = props;
  const { t } = useI18n();
  const legendEntries = useLegendEntries();
  const [side, setSide] = useState<Side>('after');
  const [colouring, setColouring] = useState<MapColouring>('territory');
  const [hover, onHover] = useMapHover();
  const shown = side === 'before' ? before.territories : after;

  const beforeOf = useMemo(
    () => territoryOfAreas(model, before.territories, buildTerritoryIndex(before.territories)),
    [model, before.territories],
  );
  const afterOf = useMemo(
    () => territoryOfAreas(model, after, buildTerritoryIndex(after)),
    [model, after],
  );
  const territoryOf = side === 'before' ? beforeOf : afterOf;
  const figures = useMemo(
    () => figuresOf(model, accounts, weights, version),
    // The account store edits its array in place and bumps the version.
    [model, accounts, version, weights],
  );
  const result = useMemo(
    () => colourAreas(colouring, model, territoryOf, shown, figures),
    [colouring, model, territoryOf, shown, figures],
  );
  // Areas that change territory or owner, and areas with accounts that get a new owner.
  const affected = useMemo(() => {
    const counts = movedAccountsByArea(
      accounts,
      props.movedAccounts,
      model.map.areaOf,
      model.map.codes.length,
    );
    const areas = new Set(
      movedAreas(model.map.codes, before.territories, after).map((m) => m.area),
    );
    counts.forEach((count, area) => count > 0 && areas.add(area));
    return { areas: [...areas].sort((a, b) => a - b), counts };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, before.territories, after, accounts, version, props.movedAccounts]);
  const moves = affected.areas;
  const fills = useMemo(() => fillPaths(model, result.fills), [model, result.fills]);
  const borders = useMemo(() => bordersPath(model, result.groupOf), [model, result.groupOf]);
  const highlight = useMemo(() => (moves.length ? areasPath(model, moves) : null), [model, moves]);
  const layers: MapLayers = useMemo(
    () => ({ fills, edges: allEdges(model), borders, selection: null, highlight, dots: null }),
    [model, fills, borders, highlight],
  );

  const territoryNames = new Map([...before.territories, ...after].map((x) => [x.id, x.name]));
  const memberNames = new Map(members.map((m) => [m.id, m.name]));
  const territoryName = (id: string | null) => (id ? (territoryNames.get(id) ?? '–') : '–');
  const ownerName = (id: string | null) => (id ? (memberNames.get(id) ?? '–') : t('map.nobody'));
  const sideName = (x: Side) =>
    x === 'before'
      ? t('map.col.before', { name: before.name })
      : t('map.col.after', { name: props.scenarioName });
  const placed = (area: number, on: Side) => {
    const territory = on === 'before' ? before.territories[beforeOf[area]!] : after[afterOf[area]!];
    return { territory: territory?.id ?? null, owner: territory?.ownerId ?? null };
  };
  const hoverText = (area: number) => {
    const [was, will] = [placed(area, 'before'), placed(area, 'after')];
    const both = (of: (id: string | null) => string, x: string | null, y: string | null) =>
      x === y ? of(x) : t('map.hover.change', { before: of(x), after: of(y) });
    return {
      territory: both(territoryName, was.territory, will.territory),
      owner: both(ownerName, was.owner, will.owner),
    };
  };
  const movedAccounts = affected.counts.reduce((sum, count) => sum + count, 0);
  const colourName = t(`map.colour.${colouring}`);

  return (
    <div className="map-main scenario-map">
      <div className="map-toolbar">
        <fieldset className="segmented" aria-label={t('map.scenario.show')}>
          {SIDES.map((x) => (
            <label key={x} className={x === side ? 'segmented-on' : undefined}>
              <input
                type="radio"
                name="scenario-map-side"
                value={x}
                checked={x === side}
                onChange={() => setSide(x)}
              />
              {sideName(x)}
            </label>
          ))}
        </fieldset>
        <SelectField
          id="scenario-map-colouring"
          label={t('map.colourBy')}
          value={colouring}
          onChange={(value) => setColouring(value as MapColouring)}
          options={(['territory', 'owner'] as const).map((c) => ({
            value: c,
            label: t(`map.colour.${c}`),
          }))}
        />
      </div>
      <p role="status" data-testid="scenario-map-moved">
        {t('map.scenario.moved', {
          count: moves.length,
          accounts: movedAccounts,
        })}
      </p>
      <div className="map-pane">
        <MapCanvas
          model={model}
          layers={layers}
          label={t('map.label', { colouring: `${sideName(side)}, ${colourName}` })}
          mode="pan"
          focus={null}
          onHover={onHover}
          onSelect={() => undefined}
          picture={{
            title: t('map.scenario.picture', {
              scenario: props.scenarioName,
              side: sideName(side),
              colouring: colourName,
            }),
            legend: [
              ...legendEntries(colouring, result),
              ...(moves.length ? [{ color: HIGHLIGHT, label: t('map.scenario.changed') }] : []),
            ],
            fileBase: t('map.scenario.file'),
          }}
        />
        {hover && (
          <MapHover
            at={hover}
            code={model.map.codes[hover.area]!}
            place={figures.place[hover.area]!}
            {...hoverText(hover.area)}
            accounts={figures.accounts[hover.area]!}
            colouring={colouring}
            value={null}
          />
        )}
      </div>
      <MapLegend
        colouring={colouring}
        result={result}
        dots={false}
        extra={moves.length ? [{ color: HIGHLIGHT, label: t('map.scenario.changed') }] : []}
      />
      <p className="hint">{t('map.approximate')}</p>
      {moves.length > 0 && (
        <MovedAreasTable
          areas={moves}
          model={model}
          place={figures.place}
          moved={affected.counts}
          heads={[sideName('before'), sideName('after')]}
          describe={(area, on) => {
            const at = placed(area, on);
            return `${territoryName(at.territory)} · ${ownerName(at.owner)}`;
          }}
        />
      )}
    </div>
  );
}

/** The map's text alternative: every area affected, before and after. */
function MovedAreasTable(props: {
  areas: readonly number[];
  model: PostalMapModel;
  place: readonly string[];
  moved: Int32Array;
  heads: [string, string];
  describe: (area: number, side: Side) => string;
}) {
  const { t, locale } = useI18n();
  const { areas, model } = props;
  return (
    <section className="card map-table" aria-labelledby="scenario-map-table">
      <h3 id="scenario-map-table">{t('map.scenario.table')}</h3>
      <div className="table-scroll map-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('map.col.code')}</th>
              <th scope="col">{t('map.col.place')}</th>
              <th scope="col">{props.heads[0]}</th>
              <th scope="col">{props.heads[1]}</th>
              <th scope="col" className="numeric">
                {t('map.col.movedAccounts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.slice(0, LIMIT).map((area) => (
              <tr key={area}>
                <th scope="row">{model.map.codes[area]}</th>
                <td>{props.place[area]}</td>
                <td>{props.describe(area, 'before')}</td>
                <td>{props.describe(area, 'after')}</td>
                <td className="numeric">{props.moved[area]!.toLocaleString(locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {areas.length > LIMIT && (
        <p className="muted">{t('map.scenario.more', { count: areas.length - LIMIT })}</p>
      )}
    </section>
  );
}

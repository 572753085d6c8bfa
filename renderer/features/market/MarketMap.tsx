import { useMemo, useState } from 'react';
import type { AreaMetric } from '@shared/geo/area-figures';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { buildTerritoryIndex } from '@shared/territory/territory-index';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import { MapCanvas } from '@renderer/components/map/MapCanvas';
import { colourAreas, figuresOf } from '@renderer/components/map/map-colouring';
import { MapHover, useMapHover } from '@renderer/components/map/MapHover';
import { MapLegend, useLegendEntries, useMetricFormat } from '@renderer/components/map/MapLegend';
import {
  allEdges,
  areasPath,
  fillPaths,
  bordersPath,
  type MapLayers,
} from '@renderer/components/map/paint-map';
import { PostalMapGate } from '@renderer/components/map/PostalMapGate';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import { MarketAccounts } from './MarketAccounts';
import type { MarketData } from './use-market-data';

/** What the market map colours by (workload belongs to the territory map). */
const MARKET_METRICS = ['whiteSpace', 'potential', 'revenue', 'penetration', 'accounts'] as const;

/** The market's first picture: white space by postal area; a click opens the area's accounts. */
export function MarketMap({ data }: { data: MarketData }) {
  const { t } = useI18n();
  return (
    <section className="card market-map" aria-labelledby="market-map-title">
      <h2 id="market-map-title">{t('map.market.title')}</h2>
      <p className="muted">{t('map.market.lead')}</p>
      <PostalMapGate>{(model) => <MarketMapView data={data} model={model} />}</PostalMapGate>
    </section>
  );
}

function MarketMapView({ data, model }: { data: MarketData; model: PostalMapModel }) {
  const { t } = useI18n();
  const format = useMetricFormat();
  const legendEntries = useLegendEntries();
  const [metric, setMetric] = useState<AreaMetric>('whiteSpace');
  const [chosen, setChosen] = useState<number | null>(null);
  const [hover, onHover] = useMapHover();

  // Workload is not offered here, so the segment weights do not matter.
  const figures = useMemo(
    () => figuresOf(model, data.accounts, DEFAULT_SEGMENT_WEIGHTS),
    [model, data],
  );
  const none = useMemo(() => new Int32Array(model.map.codes.length).fill(-1), [model]);
  const result = useMemo(
    () => colourAreas(metric, model, none, [], figures),
    [metric, model, none, figures],
  );
  const fills = useMemo(() => fillPaths(model, result.fills), [model, result.fills]);
  const outline = useMemo(() => bordersPath(model, none), [model, none]);
  const selection = useMemo(
    () => (chosen === null ? null : areasPath(model, [chosen])),
    [model, chosen],
  );
  const layers: MapLayers = useMemo(
    () => ({
      fills,
      edges: allEdges(model),
      borders: outline,
      selection,
      highlight: null,
      dots: null,
    }),
    [model, fills, outline, selection],
  );
  const code = chosen === null ? null : model.map.codes[chosen]!;
  const accounts = useMemo(
    () => (code === null ? [] : data.accounts.filter((a) => a.postalCode === code)),
    [data, code],
  );
  const colourName = t(`map.colour.${metric}`);
  const index = useMemo(() => buildTerritoryIndex(data.territories), [data.territories]);
  const placeOf = (postalCode: string) => {
    const territory = data.territoriesById.get(index.territoryOf(postalCode) ?? '');
    const owner = territory?.ownerId ? data.membersById.get(territory.ownerId) : undefined;
    return { territory: territory?.name ?? '–', owner: owner?.name ?? t('map.nobody') };
  };

  return (
    <div className="map-main">
      <div className="map-toolbar">
        <SelectField
          id="market-map-metric"
          label={t('map.colourBy')}
          value={metric}
          onChange={(value) => setMetric(value as AreaMetric)}
          options={MARKET_METRICS.map((m) => ({ value: m, label: t(`map.colour.${m}`) }))}
        />
      </div>
      <div className="map-pane">
        <MapCanvas
          model={model}
          layers={layers}
          label={t('map.label', { colouring: colourName })}
          mode="pan"
          focus={null}
          onHover={onHover}
          onSelect={([area]) =>
            setChosen((old) => (area === undefined || area === old ? null : area))
          }
          picture={{
            title: t('map.market.picture', { colouring: colourName }),
            legend: legendEntries(metric, result),
            fileBase: t('map.market.file'),
          }}
        />
        {hover && (
          <MapHover
            at={hover}
            code={model.map.codes[hover.area]!}
            place={figures.place[hover.area]!}
            {...placeOf(model.map.codes[hover.area]!)}
            accounts={figures.accounts[hover.area]!}
            colouring={metric}
            value={result.values?.[hover.area] ?? null}
          />
        )}
      </div>
      <MapLegend colouring={metric} result={result} dots={false} />
      <p className="hint">{t('map.approximate')}</p>
      {chosen !== null && code !== null && (
        <section className="map-drill" aria-labelledby="market-map-area" aria-live="polite">
          <div className="section-header">
            <h3 id="market-map-area">
              {t('map.market.area', { code, place: figures.place[chosen]! })}
            </h3>
            <button type="button" className="button" onClick={() => setChosen(null)}>
              {t('map.market.close')}
            </button>
          </div>
          <p className="muted">
            {t('map.hover.accounts', { count: figures.accounts[chosen]! })}
            {result.values &&
              ` · ${t('map.hover.value', {
                metric: colourName,
                value: format(metric, result.values[chosen]!),
              })}`}
          </p>
          {accounts.length === 0 ? (
            <p className="muted">{t('map.market.noAccounts', { code })}</p>
          ) : (
            <MarketAccounts key={code} data={data} accounts={accounts} />
          )}
        </section>
      )}
    </div>
  );
}

import { useMemo } from 'react';
import type { Box } from '@renderer/components/map/map-view';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { MapColouring } from '@renderer/components/map/map-colouring';
import { useMetricFormat } from '@renderer/components/map/MapLegend';

const LIMIT = 150;

interface Props {
  model: PostalMapModel;
  box: Box | null;
  colouring: MapColouring;
  values: Float64Array | null;
  accounts: Int32Array;
  place: readonly string[];
  territoryName: (area: number) => string;
  ownerName: (area: number) => string;
  selected: ReadonlySet<number>;
  onToggle: (area: number) => void;
}

/**
 * The map's text alternative and keyboard route: the areas in view as a table, each with a
 * checkbox that selects it as a click on the map would.
 */
export function AreasInView(props: Props) {
  const { model, box, colouring, values, selected } = props;
  const { t, locale } = useI18n();
  const format = useMetricFormat();
  // Only when the view or the selection changes: a hover re-renders the map's page often.
  const inView = useMemo(() => {
    const found: number[] = [];
    if (box) {
      const { x, y } = model.map;
      for (let i = 0; i < x.length; i += 1)
        if (x[i]! >= box.x0 && x[i]! <= box.x1 && y[i]! >= box.y0 && y[i]! <= box.y1) found.push(i);
    }
    // Selected areas first: what the user is working on stays in the list whatever the zoom.
    return found.sort((a, b) => Number(selected.has(b)) - Number(selected.has(a)) || a - b);
  }, [model, box, selected]);
  const shown = inView.slice(0, LIMIT);
  return (
    <section className="card map-table" aria-labelledby="map-in-view">
      <h3 id="map-in-view">{t('map.inView')}</h3>
      {inView.length === 0 ? (
        <p className="muted">{t('map.inView.none')}</p>
      ) : (
        <div className="table-scroll map-table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('map.col.selected')}</th>
                <th scope="col">{t('map.col.code')}</th>
                <th scope="col">{t('map.col.place')}</th>
                <th scope="col">{t('map.col.territory')}</th>
                <th scope="col">{t('map.col.owner')}</th>
                <th scope="col" className="numeric">
                  {t('map.col.accounts')}
                </th>
                {values && (
                  <th scope="col" className="numeric">
                    {t(`map.colour.${colouring}`)}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((area) => {
                const code = model.map.codes[area]!;
                return (
                  <tr key={area}>
                    <td>
                      <input
                        type="checkbox"
                        checked={selected.has(area)}
                        aria-label={t('map.select.area', { code })}
                        onChange={() => props.onToggle(area)}
                      />
                    </td>
                    <th scope="row">{code}</th>
                    <td>{props.place[area]}</td>
                    <td>{props.territoryName(area)}</td>
                    <td>{props.ownerName(area)}</td>
                    <td className="numeric">{props.accounts[area]!.toLocaleString(locale)}</td>
                    {values && <td className="numeric">{format(colouring, values[area]!)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {inView.length > LIMIT && (
        <p className="muted">{t('map.inView.more', { count: inView.length - LIMIT })}</p>
      )}
    </section>
  );
}

import { useCallback, useState } from 'react';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { MapColouring } from './map-colouring';
import { useMetricFormat } from './MapLegend';

interface Props {
  at: { x: number; y: number };
  code: string;
  place: string;
  territory: string;
  owner: string;
  accounts: number;
  colouring: MapColouring;
  value: number | null;
}

/** What the pointer is over: postal code, place, territory, owner and the figure shown. */
export function MapHover({ at, code, place, territory, owner, accounts, colouring, value }: Props) {
  const { t } = useI18n();
  const format = useMetricFormat();
  return (
    <div className="map-hover" style={{ left: at.x + 14, top: at.y + 14 }} aria-hidden="true">
      <strong>
        {code} {place}
      </strong>
      <div>{t('map.hover.territory', { name: territory })}</div>
      <div>{t('map.hover.owner', { name: owner })}</div>
      <div>{t('map.hover.accounts', { count: accounts })}</div>
      {value !== null && (
        <div>
          {t('map.hover.value', {
            metric: t(`map.colour.${colouring}`),
            value: format(colouring, value),
          })}
        </div>
      )}
    </div>
  );
}

export interface HoverAt {
  area: number;
  x: number;
  y: number;
}

/**
 * The area under the pointer and where, for MapCanvas's onHover. The same place keeps the same
 * state: Chromium sends a pointer move after every layout change, and a new object each time
 * would re-render without end.
 */
export function useMapHover() {
  const [hover, setHover] = useState<HoverAt | null>(null);
  const onHover = useCallback(
    (area: number | null, at: { x: number; y: number } | null) =>
      setHover((old) =>
        area === null || !at
          ? null
          : old && old.area === area && old.x === at.x && old.y === at.y
            ? old
            : { area, ...at },
      ),
    [],
  );
  return [hover, onHover] as const;
}

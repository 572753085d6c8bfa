import { formatMoneyRounded, formatNumber, formatPercent } from '@shared/format/intl';
import { CUSTOMER_STATUSES } from '@shared/domain/account';
import { NO_DATA } from '@renderer/components/map/colour-scale';
import { useI18n } from '@renderer/i18n/i18n-context';
import { STATUS_COLOURS } from './account-dots';
import type { Colouring, MapColouring } from './map-colouring';

/** Formats a metric's value the way the legend, hover and table show it. */
export function useMetricFormat() {
  const { locale, currency } = useI18n();
  return (colouring: MapColouring, value: number): string => {
    if (!Number.isFinite(value)) return '–';
    if (colouring === 'penetration') return formatPercent(value * 100, locale);
    if (colouring === 'accounts' || colouring === 'workload')
      return formatNumber(Math.round(value), locale);
    return formatMoneyRounded(value, locale, currency);
  };
}

interface Props {
  colouring: MapColouring;
  result: Colouring;
  dots: boolean;
}

export function MapLegend({ colouring, result, dots }: Props) {
  const { t } = useI18n();
  const format = useMetricFormat();
  const swatch = (colour: string) => (
    <span className="swatch" style={{ background: colour }} aria-hidden="true" />
  );
  return (
    <section className="map-legend" aria-label={t('map.legend')}>
      <h3>{t(`map.colour.${colouring}`)}</h3>
      {result.scale ? (
        <ul>
          {result.scale.colours.map((colour, i) => (
            <li key={colour}>
              {swatch(colour)}
              {i === 0
                ? t('map.legend.from', { value: format(colouring, 0) })
                : t('map.legend.from', { value: format(colouring, result.scale!.breaks[i - 1]!) })}
            </li>
          ))}
          <li>
            {swatch(NO_DATA)}
            {t('map.legend.noData')}
          </li>
        </ul>
      ) : (
        <ul>
          <li>{t('map.legend.groups', { count: result.groups })}</li>
          <li>
            {swatch(NO_DATA)}
            {t('map.legend.none')}
          </li>
        </ul>
      )}
      {dots && (
        <>
          <p className="muted">{t('map.dots.legend')}</p>
          <ul>
            {CUSTOMER_STATUSES.map((status, i) => (
              <li key={status}>
                {swatch(STATUS_COLOURS[i]!)}
                {t(`accounts.status.${status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

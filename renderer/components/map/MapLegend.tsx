import { formatMoneyRounded, formatNumber, formatPercent } from '@shared/format/intl';
import { CUSTOMER_STATUSES } from '@shared/domain/account';
import { NO_DATA } from '@renderer/components/map/colour-scale';
import type { LegendEntry } from '@renderer/components/picture/compose-picture';
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

/** The legend as entries (colour and label), for the legend beside the map and its picture. */
export function useLegendEntries() {
  const { t } = useI18n();
  const format = useMetricFormat();
  return (colouring: MapColouring, result: Colouring): LegendEntry[] => {
    const scale = result.scale;
    if (!scale) return [{ color: NO_DATA, label: t('map.legend.none') }];
    return [
      ...scale.colours.map((color, i) => ({
        color,
        label: t('map.legend.from', {
          value: format(colouring, i === 0 ? 0 : scale.breaks[i - 1]!),
        }),
      })),
      { color: NO_DATA, label: t('map.legend.noData') },
    ];
  };
}

interface Props {
  colouring: MapColouring;
  result: Colouring;
  dots: boolean;
  /** More entries after the colours (e.g. a scenario's moved areas). */
  extra?: readonly LegendEntry[];
}

export function MapLegend({ colouring, result, dots, extra = [] }: Props) {
  const { t } = useI18n();
  const entries = useLegendEntries()(colouring, result);
  const swatch = (colour: string) => (
    <span className="swatch" style={{ background: colour }} aria-hidden="true" />
  );
  return (
    <section className="map-legend" aria-label={t('map.legend')}>
      <h3>{t(`map.colour.${colouring}`)}</h3>
      <ul>
        {!result.scale && <li>{t('map.legend.groups', { count: result.groups })}</li>}
        {[...entries, ...extra].map((entry) => (
          <li key={entry.label}>
            {swatch(entry.color)}
            {entry.label}
          </li>
        ))}
      </ul>
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

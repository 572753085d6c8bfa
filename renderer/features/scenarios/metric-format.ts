import type { BalanceTarget } from '@shared/balancer/problem';
import { formatMoney, formatNumber } from '@shared/format/intl';

/** A balance figure as the user reads it: money in euros, visits and accounts as counts, the mix as an index (100 = one average member). */
export function formatMetric(
  value: number,
  target: BalanceTarget,
  locale: string,
  currency: string,
) {
  if (target === 'potential' || target === 'priorYearRevenue')
    return formatMoney(Math.round(value), locale, currency);
  if (target === 'mix') return formatNumber(Math.round(value * 100), locale);
  return formatNumber(Math.round(value), locale);
}

/** The same figure for a chart axis (euros, not cents). */
export function chartValue(value: number, target: BalanceTarget): number {
  if (target === 'potential' || target === 'priorYearRevenue') return Math.round(value / 100);
  if (target === 'mix') return Math.round(value * 100);
  return value;
}

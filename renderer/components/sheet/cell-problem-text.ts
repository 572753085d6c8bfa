import { formatMoney } from '@shared/format/intl';
import { MAX_AMOUNT_CENTS } from '@shared/format/parse-money';
import type { Translate } from '@shared/i18n/translate';
import type { CellProblem } from './sheet-model';

/** The grid's message for a refused cell: what is wrong with the value and what is taken. */
export function cellProblemText(
  t: Translate,
  locale: string,
  value: string,
  problem: CellProblem = 'not-amount',
): string {
  return t(`grid.problem.${problem}`, {
    value,
    max: formatMoney(MAX_AMOUNT_CENTS, locale),
  });
}

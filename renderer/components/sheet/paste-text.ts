import type { Translate } from '@shared/i18n/translate';
import type { PasteSize, PasteSummary } from './sheet-model';

/** "Pasted 24 values. Left out: empty cells (kept as they were): 2; year totals …: 2." */
export function pasteSummaryText(t: Translate, summary: PasteSummary): string {
  const leftOut = [
    summary.blank ? t('grid.paste.blank', { count: summary.blank }) : null,
    summary.totals ? t('grid.paste.totals', { count: summary.totals }) : null,
    summary.locked ? t('grid.paste.locked', { count: summary.locked }) : null,
  ].filter((part): part is string => part !== null);
  const pasted = t('grid.paste.done', { count: summary.pasted });
  return leftOut.length
    ? `${pasted} ${t('grid.paste.leftOut', { list: leftOut.join('; ') })}`
    : pasted;
}

export function pasteTooBigText(t: Translate, size: PasteSize): string {
  return t('grid.paste.tooBig', {
    rows: size.rows,
    columns: size.columns,
    roomRows: size.roomRows,
    roomColumns: size.roomColumns,
  });
}

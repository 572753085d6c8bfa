import {
  CSV_ENCODINGS,
  CSV_SEPARATORS,
  type CsvEncoding,
  type CsvSeparator,
} from '@shared/csv/read-csv';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { SelectField } from '@renderer/components/SelectField';
import { useT } from '@renderer/i18n/i18n-context';
import type { Inspection, ReadOptions } from './worker-protocol';

interface Props {
  inspection: Inspection;
  style: 'de' | 'en';
  disabled: boolean;
  reread: (options: Partial<ReadOptions>) => void;
  setStyle: (style: 'de' | 'en') => void;
}

/**
 * How the file is read, as detected and changeable: encoding and separator for CSV, the sheet
 * for a workbook, the number style for both; and whether quotes are read as text.
 */
export function ReadOptionsFields({ inspection, style, disabled, reread, setStyle }: Props) {
  const t = useT();
  // A workbook's numeric cells are written in the chosen style: read its preview again.
  const chooseStyle = (next: 'de' | 'en') => {
    setStyle(next);
    if (inspection.sheets) reread({ sheet: inspection.sheet, numberStyle: next });
  };
  const numbers = (
    <SelectField
      id="import-numbers"
      label={t('import.numbers')}
      disabled={disabled}
      value={style}
      options={(['de', 'en'] as const).map((value) => ({
        value,
        label: t(`import.numbers.${value}`),
      }))}
      onChange={chooseStyle}
    />
  );
  if (inspection.sheets)
    return (
      <>
        <div className="field-row three">
          {inspection.sheets.length > 1 && (
            <SelectField
              id="import-sheet"
              label={t('import.sheet')}
              disabled={disabled}
              value={inspection.sheet ?? inspection.sheets[0]!}
              options={inspection.sheets.map((value) => ({ value, label: value }))}
              onChange={(sheet: string) => reread({ sheet, numberStyle: style })}
            />
          )}
          {numbers}
        </div>
        <p className="hint">{t('import.workbook')}</p>
      </>
    );
  return (
    <>
      <div className="field-row three">
        <SelectField
          id="import-encoding"
          label={t('import.encoding')}
          disabled={disabled}
          value={inspection.encoding}
          options={CSV_ENCODINGS.map((value) => ({
            value,
            label: t(`import.encoding.${value}`),
          }))}
          onChange={(encoding: CsvEncoding) =>
            reread({ encoding, separator: inspection.separator, quotesOff: inspection.quotesOff })
          }
        />
        <SelectField
          id="import-separator"
          label={t('import.separator')}
          disabled={disabled}
          value={inspection.separator}
          options={CSV_SEPARATORS.map((value) => ({
            value,
            label: t(`import.separator.${value}` as PlainMessageKey),
          }))}
          onChange={(separator: CsvSeparator) =>
            reread({ encoding: inspection.encoding, separator, quotesOff: inspection.quotesOff })
          }
        />
        {numbers}
      </div>
      {inspection.quotesOff && (
        <p className="banner banner-warning" role="status" data-testid="quotes-off">
          {t('import.quotesOffOn')}
        </p>
      )}
      <p className="hint">{t('import.detected')}</p>
    </>
  );
}

import { useMemo } from 'react';
import type { ColumnMapping } from '../../../shared/csv/import/column-mapping';
import {
  convertRows,
  IMPORT_FIELDS,
  type ConvertContext,
  type ImportKind,
} from '../../../shared/csv/import/import-kinds';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';
import { describeRecord } from './describe-record';
import { ImportProblems } from './ImportProblems';

interface Props {
  kind: ImportKind;
  sample: readonly string[][];
  mapping: ColumnMapping;
  context: ConvertContext;
  memberName: (id: string | null) => string;
  /** Off once the whole file is checked: its list replaces the preview's. */
  showProblems: boolean;
}

const SHOWN = 10;

/** The first rows converted exactly as the import will store them, and their problems. */
export function ImportPreview({ kind, sample, mapping, context, memberName, showProblems }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const result = useMemo(
    () => convertRows(kind, sample.slice(0, SHOWN), mapping, context),
    [kind, sample, mapping, context],
  );
  return (
    <section aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('import.preview')}</h3>
      {sample.length === 0 ? (
        <p className="muted">{t('import.preview.empty')}</p>
      ) : (
        <div className="table-scroll import-table">
          <table className="data-table">
            <thead>
              <tr>
                {IMPORT_FIELDS[kind].map((f) => (
                  <th scope="col" key={f.key}>
                    {t(`import.field.${f.key}` as PlainMessageKey)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.records.map((record, i) => (
                <tr key={i}>
                  {describeRecord(kind, record, i18n, memberName).map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {showProblems && (
        <ImportProblems
          id="import-sample-problems"
          errors={result.errors}
          total={result.errors.length}
        />
      )}
    </section>
  );
}

import { useMemo } from 'react';
import type { ColumnMapping } from '@shared/csv/import/column-mapping';
import {
  convertRows,
  IMPORT_FIELDS,
  type ConvertContext,
  type ImportKind,
} from '@shared/csv/import/import-kinds';
import { cellText } from '@shared/csv/import/values';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useI18n } from '@renderer/i18n/i18n-context';
import { describeRecord } from './describe-record';
import { ImportProblems } from './ImportProblems';

interface Props {
  kind: ImportKind;
  sample: readonly string[][];
  /** The file's line of each sample row. */
  lines: readonly number[];
  mapping: ColumnMapping;
  context: ConvertContext;
  memberName: (id: string | null) => string;
  /** Off once the whole file is checked: its list replaces the preview's. */
  showProblems: boolean;
}

const SHOWN = 10;

/**
 * The first rows in file order: a row that goes in as the import will store it, a row that
 * fails as written with its faulty cells marked — so encoding and mapping can be judged even
 * when every row fails.
 */
export function ImportPreview(props: Props) {
  const { kind, sample, lines, mapping, context, memberName, showProblems } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const shown = useMemo(() => sample.slice(0, SHOWN), [sample]);
  const result = useMemo(
    () => convertRows(kind, shown, mapping, context),
    [kind, shown, mapping, context],
  );
  const fields = IMPORT_FIELDS[kind];
  const rows = useMemo(
    () =>
      shown.map((row, i) => {
        const alone = convertRows(kind, [row], mapping, context);
        const problems = result.errors.filter((e) => e.line === i + 2);
        if (problems.length === 0 && alone.records.length === 1)
          return {
            ok: true as const,
            cells: describeRecord(kind, alone.records[0], i18n, memberName),
          };
        const bad = new Map(problems.map((p) => [p.field, p.message]));
        return {
          ok: false as const,
          cells: fields.map((f) => {
            const column = mapping[f.key];
            return column == null ? '' : cellText(row[column]);
          }),
          bad: fields.map((f) => bad.get(f.key) ?? null),
        };
      }),
    [shown, kind, mapping, context, result, fields, i18n, memberName],
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
                <th scope="col">{t('import.col.line')}</th>
                {fields.map((f) => (
                  <th scope="col" key={f.key}>
                    {t(`import.field.${f.key}` as PlainMessageKey)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className={row.ok ? undefined : 'import-row-failing'}>
                  <th scope="row">
                    {lines[i] ?? i + 2}
                    {!row.ok && (
                      <span className="visually-hidden"> {t('import.preview.fails')}</span>
                    )}
                  </th>
                  {row.cells.map((cell, c) => {
                    const problem = row.ok ? null : row.bad[c];
                    return (
                      <td
                        key={c}
                        className={problem ? 'cell-problem' : undefined}
                        title={problem ? t(problem) : undefined}
                      >
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {showProblems && (
        <ImportProblems
          id="import-sample-problems"
          errors={result.errors.map((e) => ({ ...e, line: lines[e.line - 2] ?? e.line }))}
          total={result.errors.length}
        />
      )}
    </section>
  );
}

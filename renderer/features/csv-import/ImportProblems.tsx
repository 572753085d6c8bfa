import type { RowError } from '@shared/csv/import/import-result';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useT } from '@renderer/i18n/i18n-context';

interface Props {
  /** Distinguishes the preview's list from the whole file's (ids are unique on a page). */
  id: string;
  errors: readonly RowError[];
  total: number;
  /** Warnings: values that went in other than as written (listed like problems). */
  warnings?: boolean;
}

/** Every problem found, with its line and column, as the user fixes it in the file. */
export function ImportProblems({ id, errors, total, warnings = false }: Props) {
  const t = useT();
  if (total === 0) return warnings ? null : <p className="muted">{t('import.errors.none')}</p>;
  const rows = new Set(errors.map((e) => e.line)).size;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(warnings ? 'import.warnings' : 'import.errors')}</h3>
      <p className="banner banner-warning-inline" role={warnings ? 'status' : 'alert'}>
        {warnings
          ? t('import.warnings.count', { count: total, rows })
          : t('import.errors.count', {
              count: total,
              rows: total === errors.length ? rows : `${rows}+`,
            })}
      </p>
      <div className="table-scroll import-table">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('import.col.line')}</th>
              <th scope="col">{t('import.col.field')}</th>
              <th scope="col">{t('import.col.value')}</th>
              <th scope="col">{t('import.col.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, i) => (
              <tr key={i}>
                <td>{error.line}</td>
                <td>{t(`import.field.${error.field}` as PlainMessageKey)}</td>
                <td>{error.value}</td>
                <td>{t(error.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > errors.length && (
        <p className="muted">{t('import.errors.more', { count: total - errors.length })}</p>
      )}
    </section>
  );
}

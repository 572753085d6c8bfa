import type { RowDifference } from '@shared/persistence/workspace-diff';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  differences: { listed: RowDifference[]; total: number };
  fileTime: string;
  /** Keys (table:key) of the rows where the file's values are taken. */
  chosen: ReadonlySet<string>;
  all: boolean;
  onChoose: (id: string, takeFile: boolean) => void;
  onChooseAll: (takeFile: boolean) => void;
}

export const differenceId = (d: Pick<RowDifference, 'table' | 'key'>) => `${d.table}:${d.key}`;

/**
 * Rows this workspace and the file both have, with different values: field by field, this
 * workspace's value and the file's. Rows carry no time of change, so which is newer is the
 * user's call — this workspace's is kept unless the file's is chosen.
 */
export function MergeDifferences({
  differences,
  fileTime,
  chosen,
  all,
  onChoose,
  onChooseAll,
}: Props) {
  const { t, locale, currency } = useI18n();
  const shown = (field: string, value: unknown) =>
    value === undefined || value === null
      ? '–'
      : typeof value === 'number' && field.endsWith('Cents')
        ? formatMoney(value, locale, currency)
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  return (
    <section aria-labelledby="merge-differences-title" className="merge-differences">
      <h4 id="merge-differences-title">{t('files.differ.title', { count: differences.total })}</h4>
      <p className="hint">{t('files.differ.lead', { time: fileTime })}</p>
      <label className="checkbox">
        <input type="checkbox" checked={all} onChange={(e) => onChooseAll(e.target.checked)} />
        {t('files.differ.all', { count: differences.total })}
      </label>
      <div className="table-scroll merge-differences-scroll">
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('files.col.table')}</th>
              <th scope="col">{t('files.differ.row')}</th>
              <th scope="col">{t('files.differ.fields')}</th>
              <th scope="col">{t('files.differ.take')}</th>
            </tr>
          </thead>
          <tbody>
            {differences.listed.map((d) => {
              const id = differenceId(d);
              return (
                <tr key={id}>
                  <td>{t(`table.${d.table}`)}</td>
                  <th scope="row">{d.label}</th>
                  <td>
                    <ul className="plain-list">
                      {d.fields.map((f) => (
                        <li key={f.field}>
                          {t('files.differ.field', {
                            field: f.field,
                            mine: shown(f.field, f.mine),
                            file: shown(f.field, f.file),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('files.differ.takeRow', { row: d.label })}
                      checked={all || chosen.has(id)}
                      disabled={all}
                      onChange={(e) => onChoose(id, e.target.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {differences.total > differences.listed.length && (
        <p className="muted">
          {t('files.differ.more', { count: differences.total - differences.listed.length })}
        </p>
      )}
    </section>
  );
}

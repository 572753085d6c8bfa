import type { ImportKind } from '@shared/csv/import/import-kinds';
import {
  CHOICE_FIELDS,
  mappedValue,
  type Unplaced,
  type ValueMapping,
} from '@shared/csv/import/value-mapping';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useT } from '@renderer/i18n/i18n-context';

interface Props {
  kind: ImportKind;
  unplaced: readonly Unplaced[];
  values: ValueMapping;
  onChange: (field: string, written: string, value: string) => void;
}

/** "Your file says → the app's value" for values no word table places; remembered per kind. */
export function ValueStep({ kind, unplaced, values, onChange }: Props) {
  const t = useT();
  const label = (field: string, value: string): string => {
    if (field === 'status') return t(`accounts.status.${value}` as PlainMessageKey);
    if (field === 'level') return t(`team.level.${value}` as PlainMessageKey);
    if (field === 'strategic') return t(value === 'yes' ? 'csv.yes' : 'csv.no');
    return value;
  };
  return (
    <section aria-labelledby="import-values-title" className="import-values">
      <h3 id="import-values-title">{t('import.values.title')}</h3>
      <p className="hint">{t('import.values.hint')}</p>
      <div className="table-scroll import-table">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('import.values.written')}</th>
              <th scope="col">{t('import.col.field')}</th>
              <th scope="col" className="numeric">
                {t('import.values.rows')}
              </th>
              <th scope="col">{t('import.values.means')}</th>
            </tr>
          </thead>
          <tbody>
            {unplaced.map((entry) => {
              const id = `import-value-${entry.field}-${entry.value}`;
              return (
                <tr key={`${entry.field}|${entry.value}`}>
                  <th scope="row">
                    <label htmlFor={id}>“{entry.value}”</label>
                  </th>
                  <td>{t(`import.field.${entry.field}` as PlainMessageKey)}</td>
                  <td className="numeric">{entry.rows}</td>
                  <td>
                    <select
                      id={id}
                      className="input"
                      value={mappedValue(values, entry.field, entry.value) ?? ''}
                      onChange={(e) => onChange(entry.field, entry.value, e.target.value)}
                    >
                      <option value="">{t('import.values.unchosen')}</option>
                      {(CHOICE_FIELDS[kind][entry.field] ?? []).map((value) => (
                        <option key={value} value={value}>
                          {label(entry.field, value)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import type { ColumnMapping } from '../../../shared/csv/import/column-mapping';
import { IMPORT_FIELDS, type ImportKind } from '../../../shared/csv/import/import-kinds';
import { useT } from '../../i18n/i18n-context';

interface Props {
  kind: ImportKind;
  header: readonly string[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (field: string, column: number | null) => void;
}

/** Each field of the import and the file's column that fills it. */
export function MappingTable({ kind, header, mapping, disabled, onChange }: Props) {
  const t = useT();
  return (
    <div className="mapping-grid">
      {IMPORT_FIELDS[kind].map((field) => {
        const id = `import-map-${field.key}`;
        const column = mapping[field.key] ?? null;
        return (
          <div className="field" key={field.key}>
            <label htmlFor={id}>
              {t(`import.field.${field.key}` as Parameters<typeof t>[0])}
              {field.required && <span className="muted"> ({t('import.mapping.required')})</span>}
            </label>
            <select
              id={id}
              className="input"
              disabled={disabled}
              value={column === null ? '' : String(column)}
              aria-invalid={field.required && column === null ? true : undefined}
              onChange={(e) =>
                onChange(field.key, e.target.value === '' ? null : Number(e.target.value))
              }
            >
              <option value="">{t('import.mapping.none')}</option>
              {header.map((name, i) => (
                <option key={i} value={i}>
                  {name || `#${i + 1}`}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

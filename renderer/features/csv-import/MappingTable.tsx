import type { ColumnMapping } from '@shared/csv/import/column-mapping';
import { IMPORT_FIELDS, type ImportKind } from '@shared/csv/import/import-kinds';
import { SelectField } from '@renderer/components/SelectField';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useT } from '@renderer/i18n/i18n-context';

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
        const column = mapping[field.key] ?? null;
        return (
          <SelectField
            key={field.key}
            id={`import-map-${field.key}`}
            label={
              <>
                {t(`import.field.${field.key}` as PlainMessageKey)}
                {field.required && <span className="muted"> ({t('import.mapping.required')})</span>}
              </>
            }
            disabled={disabled}
            invalid={field.required && column === null}
            value={column === null ? '' : String(column)}
            options={[
              { value: '', label: t('import.mapping.none') },
              ...header.map((name, i) => ({ value: String(i), label: name || `#${i + 1}` })),
            ]}
            onChange={(value) => onChange(field.key, value === '' ? null : Number(value))}
          />
        );
      })}
    </div>
  );
}

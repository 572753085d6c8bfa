import { Download } from 'lucide-react';
import { useId } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '@shared/csv/dialect';
import type { TableExport } from '@shared/csv/exports/table-export';
import { useT } from '@renderer/i18n/i18n-context';
import { useExport } from './use-export';

interface Props {
  label: string;
  /** The file name's first part, in the UI language ("Vertriebsplan_2027"). */
  fileBase: string;
  /** The workbook sheet's name, in the UI language ("Vertriebsplan 2027 v1"). */
  sheet: string;
  disabled?: boolean;
  build: () => TableExport;
}

/** An export button with its format beside it (the Settings' choice, changeable here). */
export function ExportButton({ label, fileBase, sheet, disabled, build }: Props) {
  const t = useT();
  const id = useId();
  const { format, setFormat, run, busy } = useExport();
  return (
    <span className="export-control">
      <label htmlFor={id} className="visually-hidden">
        {t('csv.dialect')}
      </label>
      <select
        id={id}
        className="input input-compact"
        value={format}
        onChange={(e) => setFormat(e.target.value as ExportFormat)}
      >
        {EXPORT_FORMATS.map((d) => (
          <option key={d} value={d} title={t(`csv.dialect.${d}`)}>
            {t(`csv.dialect.short.${d}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={disabled || busy}
        onClick={() => void run(fileBase, sheet, build)}
      >
        <Download size={16} aria-hidden="true" />
        {label}
      </button>
    </span>
  );
}

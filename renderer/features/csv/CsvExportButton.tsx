import { Download } from 'lucide-react';
import { useId } from 'react';
import { CSV_DIALECTS, type CsvDialect } from '../../../shared/csv/dialect';
import { useT } from '../../i18n/i18n-context';
import { useCsvExport } from './use-csv-export';

interface Props {
  label: string;
  /** The file name's first part, in the UI language ("Vertriebsplan_2027"). */
  fileBase: string;
  disabled?: boolean;
  build: (dialect: CsvDialect) => string;
}

/** An export button with its CSV format beside it (the Settings' choice, changeable here). */
export function CsvExportButton({ label, fileBase, disabled, build }: Props) {
  const t = useT();
  const id = useId();
  const { dialect, setDialect, run, busy } = useCsvExport();
  return (
    <span className="export-control">
      <label htmlFor={id} className="visually-hidden">
        {t('csv.dialect')}
      </label>
      <select
        id={id}
        className="input input-compact"
        value={dialect}
        onChange={(e) => setDialect(e.target.value as CsvDialect)}
      >
        {CSV_DIALECTS.map((d) => (
          <option key={d} value={d} title={t(`csv.dialect.${d}`)}>
            {t(`csv.dialect.short.${d}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={disabled || busy}
        onClick={() => void run(fileBase, build)}
      >
        <Download size={16} aria-hidden="true" />
        {label}
      </button>
    </span>
  );
}

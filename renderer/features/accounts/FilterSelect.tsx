import { useT } from '@renderer/i18n/i18n-context';

interface Props<V extends string> {
  label: string;
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V | '') => void;
}

/** One filter of the accounts table: its label inline, "All" first, then the choices. */
export function FilterSelect<V extends string>({ label, value, options, onChange }: Props<V>) {
  const t = useT();
  return (
    <label className="inline-field">
      {label}
      <select className="input" value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{t('accounts.filter.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

import { memo } from 'react';
import { useT } from '@renderer/i18n/i18n-context';

interface Props<V extends string> {
  label: string;
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V | '') => void;
}

/**
 * One filter of the accounts table: its label inline, "All" first, then the choices. Memoised
 * (with stable options and handler) so a keystroke in the search does not rebuild the owner's and
 * territory's hundreds of options.
 */
function Filter<V extends string>({ label, value, options, onChange }: Props<V>) {
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

// memo() drops the type parameter; the memoised component takes the same props.
export const FilterSelect = memo(Filter) as typeof Filter;

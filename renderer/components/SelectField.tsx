import type { ReactNode } from 'react';

interface Props<V extends string> {
  id: string;
  label: ReactNode;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  disabled?: boolean;
  invalid?: boolean;
  /** Label beside the choice (toolbars) instead of above it (forms). */
  inline?: boolean;
}

/** A labelled choice from a fixed list, as the app's forms lay fields out. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
  invalid,
  inline,
}: Props<V>) {
  return (
    <div className={inline ? 'field inline-field' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        disabled={disabled}
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

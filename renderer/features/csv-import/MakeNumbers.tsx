import { useT } from '@renderer/i18n/i18n-context';
import type { Conversion } from './worker-protocol';

/** For an accounts file without customer numbers: have them made, and say what was made. */
export function MakeNumbers({
  checked,
  disabled,
  onChange,
}: {
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <label className="checkbox field">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {t('import.makeNumbers')}
    </label>
  );
}

export function NumbersMade({ numbers }: { numbers: Conversion['numbers'] }) {
  const t = useT();
  if (numbers.made === 0 && numbers.matched === 0) return null;
  return (
    <p role="status" data-testid="numbers-made">
      {t('import.numbers.made', {
        made: numbers.made,
        matched: numbers.matched,
        first: numbers.first ?? '–',
      })}
    </p>
  );
}

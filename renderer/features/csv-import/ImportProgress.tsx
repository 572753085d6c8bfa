import { useT } from '@renderer/i18n/i18n-context';

/** A long step's progress, with the one way out. */
export function ImportProgress({
  label,
  fraction,
  onCancel,
}: {
  label: string;
  fraction: number;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <div className="progress-row" role="status">
      <progress max={1} value={fraction} aria-label={label} />
      <span>{label}</span>
      <button type="button" className="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}

import { FileUp } from 'lucide-react';
import type { ImportKind } from '@shared/csv/import/import-kinds';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';

/** Opens the Import screen set to what this screen holds. */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const t = useT();
  const openImport = useAppStore((s) => s.openImport);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  return (
    <button type="button" className="button" disabled={readOnly} onClick={() => openImport(kind)}>
      <FileUp size={16} aria-hidden="true" />
      {t('import.open')}
    </button>
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import { loadPostalMap, type PostalMapModel } from '@renderer/app/data/postal-map';
import { useI18n } from '@renderer/i18n/i18n-context';

type Load =
  | { kind: 'loading' }
  | { kind: 'failed'; error: string }
  | { kind: 'ready'; model: PostalMapModel };

/** Loads the postal-area map (a chunk of its own, read once) and shows it when it is there. */
export function PostalMapGate({ children }: { children: (model: PostalMapModel) => ReactNode }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadPostalMap().then(
      (model) => live && setLoad({ kind: 'ready', model }),
      (error: unknown) => live && setLoad({ kind: 'failed', error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (load.kind === 'loading')
    return (
      <p className="muted" role="status">
        {t('map.loading')}
      </p>
    );
  if (load.kind === 'failed')
    return (
      <p className="field-error" role="alert">
        {t('map.failed', { error: load.error })}
      </p>
    );
  return children(load.model);
}

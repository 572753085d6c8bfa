import type { Account } from '@shared/domain/account';
import { useI18n } from '@renderer/i18n/i18n-context';

const LISTED = 50;

/** Accounts whose postal code the map does not know: counted and listed, never guessed. */
export function OffMap({
  accounts,
  offMap,
}: {
  accounts: readonly Account[];
  offMap: readonly number[];
}) {
  const { t } = useI18n();
  if (offMap.length === 0) return null;
  return (
    <details className="map-off">
      <summary>{t('map.offMap', { count: offMap.length })}</summary>
      <ul>
        {offMap.slice(0, LISTED).map((i) => (
          <li key={accounts[i]!.id}>
            {accounts[i]!.postalCode} · {accounts[i]!.name}
          </li>
        ))}
      </ul>
      {offMap.length > LISTED && (
        <p className="muted">{t('map.offMap.more', { count: offMap.length - LISTED })}</p>
      )}
    </details>
  );
}

import { useState } from 'react';
import { DATA_CREDITS, LIBRARY_CREDITS } from '@shared/about/credits';
import { useI18n } from '@renderer/i18n/i18n-context';

/** Data sources with their attribution and the libraries in the app, with their licences. */
export function Credits() {
  const { t } = useI18n();
  const [licence, setLicence] = useState<string | null>(null);
  const showLicence = async () => {
    // The licence text is read only when asked for (its own small chunk).
    const module = await import('../../../assets/geo/LICENSE?raw');
    setLicence(module.default);
  };
  return (
    <div className="credits">
      <h3>{t('settings.credits.data')}</h3>
      <ul>
        {DATA_CREDITS.map((credit) => (
          <li key={credit.name}>
            {credit.attribution} <span className="muted">({credit.licence})</span>
          </li>
        ))}
      </ul>
      {licence === null ? (
        <button type="button" className="button" onClick={() => void showLicence()}>
          {t('settings.credits.showLicence')}
        </button>
      ) : (
        <pre className="licence-text" tabIndex={0} aria-label={t('settings.credits.licence')}>
          {licence}
        </pre>
      )}
      <h3>{t('settings.credits.libraries')}</h3>
      <p className="muted">{t('settings.credits.librariesLead')}</p>
      <ul className="credit-list">
        {LIBRARY_CREDITS.map((credit) => (
          <li key={credit.name}>
            {credit.name} <span className="muted">({credit.licence})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

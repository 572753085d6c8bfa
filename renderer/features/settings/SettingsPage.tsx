import { defaultDialect, EXPORT_FORMATS, type ExportFormat } from '@shared/csv/dialect';
import type { LanguageSetting } from '@shared/domain/workspace';
import { formatMoney } from '@shared/format/intl';
import { CURRENCIES, DEFAULT_SETTINGS, saveSetting, useSettings } from '@renderer/db/settings';
import { saveFailureText } from '@renderer/db/storage-errors';
import { systemLanguage } from '@renderer/i18n/I18nProvider';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppInfo } from '@renderer/ipc/use-app-info';
import { useAppStore } from '@renderer/store/app-store';
import { useTeam } from '@renderer/app/data/use-team';
import { AuthoritySettings } from '../decisions/AuthoritySettings';
import { Credits } from './Credits';
import { TeamServerSection } from './team-server/TeamServerSection';
import { useTeamStore } from '@renderer/sync/team-store';

export function SettingsPage() {
  const { t, locale, language } = useI18n();
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const info = useAppInfo();
  const notify = useAppStore((s) => s.notify);
  const clearHistory = useAppStore((s) => s.clearHistory);
  const members = useTeam();
  // Signed in to a team server, one acts as the signed-in person: the choice is shown, locked.
  const signedIn = useTeamStore((s) => s.snapshot.person !== null);

  const save = async <K extends keyof typeof settings>(key: K, value: (typeof settings)[K]) => {
    try {
      const outcome = await saveSetting(key, value);
      if (outcome.kind === 'refused') {
        notify(t(outcome.reason), 'error');
        return false;
      }
      // History belongs to one person: a new person at the keyboard starts with none.
      if (key === 'actingAs') clearHistory();
      return true;
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
      return false;
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <section className="card form-narrow">
        <div className="field">
          <label htmlFor="settings-acting-as">{t('settings.actingAs')}</label>
          <select
            id="settings-acting-as"
            className="input"
            value={settings.actingAs}
            disabled={signedIn}
            aria-describedby="settings-acting-as-hint"
            onChange={(e) => void save('actingAs', e.target.value)}
          >
            <option value="">{t('settings.actingAs.lead')}</option>
            {(members ?? [])
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({t(`team.level.${m.level}`)})
                </option>
              ))}
          </select>
          <p className="hint" id="settings-acting-as-hint">
            {signedIn ? t('teamServer.actingAsSignedIn') : t('settings.actingAs.hint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select
            id="settings-language"
            className="input"
            value={settings.language}
            onChange={(e) => void save('language', e.target.value as LanguageSetting)}
          >
            <option value="auto">
              {t('settings.language.auto', {
                language: t(`settings.language.${systemLanguage()}`),
              })}
            </option>
            <option value="de">{t('settings.language.de')}</option>
            <option value="en">{t('settings.language.en')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="settings-currency">{t('settings.currency')}</label>
          <select
            id="settings-currency"
            className="input"
            value={settings.currency}
            onChange={(e) => void save('currency', e.target.value)}
            aria-describedby="settings-currency-example"
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <p className="hint" id="settings-currency-example">
            {formatMoney(123_456_789, locale, settings.currency)}
          </p>
        </div>
        <div className="field">
          <label htmlFor="settings-csv">{t('csv.dialect')}</label>
          <select
            id="settings-csv"
            className="input"
            value={settings.csvDialect}
            onChange={(e) => void save('csvDialect', e.target.value as ExportFormat | 'auto')}
            aria-describedby="settings-csv-hint"
          >
            <option value="auto">
              {t('csv.dialect.auto', { dialect: t(`csv.dialect.${defaultDialect(language)}`) })}
            </option>
            {EXPORT_FORMATS.map((d) => (
              <option key={d} value={d}>
                {t(`csv.dialect.${d}`)}
              </option>
            ))}
          </select>
          <p className="hint" id="settings-csv-hint">
            {t('csv.dialect.hint')}
          </p>
        </div>
      </section>

      <TeamServerSection />

      <section className="card form-narrow" aria-labelledby="fiscal-title">
        <h2 id="fiscal-title">{t('plans.title')}</h2>
        <SelectField
          id="settings-fiscal"
          label={t('settings.fiscalStart')}
          value={String(settings.fiscalYearStartMonth)}
          onChange={(month) => void save('fiscalYearStartMonth', Number(month))}
          options={Array.from({ length: 12 }, (_, index) => ({
            value: String(index + 1),
            label: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
              new Date(Date.UTC(2000, index, 1)),
            ),
          }))}
        />
        <p className="hint" id="settings-fiscal-hint">
          {t('settings.fiscalStartHint')}
        </p>
      </section>

      <section className="card form-narrow" aria-labelledby="weights-title">
        <h2 id="weights-title">{t('settings.weights')}</h2>
        <p className="hint">{t('settings.weights.hint')}</p>
        <div className="field-row three">
          {(['A', 'B', 'C'] as const).map((segment) => (
            <div className="field" key={segment}>
              <label htmlFor={`weight-${segment}`}>
                {t('settings.weights.segment', { segment })}
              </label>
              <input
                id={`weight-${segment}`}
                className="input"
                type="number"
                min={0}
                max={365}
                step={1}
                value={settings.segmentWeights[segment]}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  if (Number.isInteger(value) && value >= 0 && value <= 365) {
                    void save('segmentWeights', { ...settings.segmentWeights, [segment]: value });
                  }
                }}
              />
            </div>
          ))}
        </div>
      </section>

      <AuthoritySettings
        // Starts afresh when the stored rules change (loaded, saved, restored).
        key={JSON.stringify(settings.authority)}
        rules={settings.authority}
        members={members ?? []}
        onSave={async (rules) => {
          if (await save('authority', rules)) notify(t('authority.saved'));
        }}
      />

      <section className="card form-narrow" aria-labelledby="about-title">
        <h2 id="about-title">{t('settings.about')}</h2>
        {info.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {info.kind === 'unavailable' && <p className="muted">{t('settings.infoUnavailable')}</p>}
        {info.kind === 'ready' && (
          <dl className="facts">
            <dt>{t('settings.version')}</dt>
            <dd data-testid="app-version">{info.info.version}</dd>
            <dt>{t('settings.dataFolder')}</dt>
            <dd data-testid="data-folder">{info.info.dataFolder}</dd>
            <dt>{t('settings.locale')}</dt>
            <dd>{info.info.locale}</dd>
          </dl>
        )}
        <Credits />
      </section>
    </div>
  );
}

import { useState } from 'react';
import { SelectField } from '@renderer/components/SelectField';
import {
  authorityProblem,
  DEFAULT_AUTHORITY,
  EXCEPTION_KINDS,
  EXCEPTION_LIMITS,
  type AuthorityRules,
} from '@shared/domain/authority';
import { LEVELS, type TeamMember } from '@shared/domain/team-member';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  rules: AuthorityRules;
  members: readonly TeamMember[];
  onSave: (rules: AuthorityRules) => Promise<void>;
}

/** Settings: what each level decides alone, and who decides above a Senior's limit. */
export function AuthoritySettings({ rules, members, onSave }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(rules);
  const [text, setText] = useState(() => toText(rules));
  const parsed = fromText(text, draft);
  const badText = EXCEPTION_KINDS.find((k) =>
    LEVELS.some((level) => !/^\d{1,4}$/.test(text[level][k].trim())),
  );
  const problem = badText ?? (parsed ? authorityProblem(parsed) : null);
  const changed = parsed !== null && JSON.stringify(parsed) !== JSON.stringify(rules);
  const reset = (next: AuthorityRules) => {
    setDraft(next);
    setText(toText(next));
  };

  return (
    <section className="card form-narrow" aria-labelledby="authority-title">
      <h2 id="authority-title">{t('authority.title')}</h2>
      <p className="hint">{t('authority.lead')}</p>
      <table className="data-table authority-table">
        <thead>
          <tr>
            <th>{t('authority.decision')}</th>
            {LEVELS.map((level) => (
              <th key={level}>{t(`team.levelShort.${level}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {EXCEPTION_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`authority.kind.${kind}`)}</th>
              {LEVELS.map((level) => (
                <td key={level}>
                  <input
                    className="input input-compact"
                    inputMode="numeric"
                    aria-label={`${t(`authority.kind.${kind}`)} (${t(`team.levelShort.${level}`)})`}
                    value={text[level][kind]}
                    onChange={(e) =>
                      setText({ ...text, [level]: { ...text[level], [kind]: e.target.value } })
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('authority.largeAccounts')}</th>
            {LEVELS.map((level) => (
              <td key={level}>
                <input
                  type="checkbox"
                  aria-label={`${t('authority.largeAccounts')} (${t(`team.levelShort.${level}`)})`}
                  checked={draft[level].largeAccounts}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      [level]: { ...draft[level], largeAccounts: e.target.checked },
                    })
                  }
                />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <SelectField
        id="authority-lead"
        label={t('authority.teamLead')}
        value={draft.teamLeadId ?? ''}
        options={[
          { value: '', label: t('authority.teamLead.lead') },
          ...members
            .filter((m) => m.active && m.level === 'senior')
            .map((m) => ({ value: m.id, label: m.name })),
        ]}
        onChange={(id) => setDraft({ ...draft, teamLeadId: id || null })}
      />
      {problem && (
        <p className="field-error" role="alert">
          {t('authority.invalid', {
            what: t(`authority.kind.${problem}`),
            max: EXCEPTION_LIMITS[problem],
          })}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!!problem || !changed}
          onClick={() => parsed && void onSave(parsed)}
        >
          {t('authority.save')}
        </button>
        <button type="button" className="button" onClick={() => reset(DEFAULT_AUTHORITY)}>
          {t('authority.defaults')}
        </button>
      </div>
    </section>
  );
}

type LimitsText = Record<'junior' | 'senior', Record<(typeof EXCEPTION_KINDS)[number], string>>;

function toText(rules: AuthorityRules): LimitsText {
  const of = (level: 'junior' | 'senior') =>
    Object.fromEntries(
      EXCEPTION_KINDS.map((k) => [k, String(rules[level][k])]),
    ) as LimitsText['junior'];
  return { junior: of('junior'), senior: of('senior') };
}

/** The typed limits as rules (null when one is not a whole number). */
function fromText(text: LimitsText, draft: AuthorityRules): AuthorityRules | null {
  const level = (name: 'junior' | 'senior') => {
    const values = EXCEPTION_KINDS.map((k) => text[name][k].trim());
    if (values.some((v) => !/^\d{1,4}$/.test(v))) return null;
    const [discount, paymentTerms, contractLength] = values.map(Number) as [number, number, number];
    return { discount, paymentTerms, contractLength, largeAccounts: draft[name].largeAccounts };
  };
  const junior = level('junior');
  const senior = level('senior');
  return junior && senior ? { junior, senior, teamLeadId: draft.teamLeadId } : null;
}

import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { formatPostalRule } from '@shared/territory/postal-rule';
import type { AssignmentPreview } from '@shared/territory/rule-change-preview';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  /** Some rules cannot be read: no preview until they are fixed. */
  problems: boolean;
  /** Rules or owner differ from the saved ones, so accounts may move. */
  placing: boolean;
  /** Null while it is worked out. */
  preview: AssignmentPreview | null;
  /** Overlaps of the edited territory's rules with others'. */
  conflicts: AssignmentPreview['conflicts'];
  edited: Territory;
  territories: readonly Territory[];
  members: readonly TeamMember[];
}

/** What a territory edit changes: who gains and loses accounts, and the rules that overlap. */
export function TerritoryPreview({
  problems,
  placing,
  preview,
  conflicts,
  edited,
  territories,
  members,
}: Props) {
  const { t, locale } = useI18n();
  const names = new Map(members.map((m) => [m.id, m.name]));
  const who = (id: string | null) =>
    id ? (names.get(id) ?? '–') : t('accounts.filter.unassigned');
  const territoryName = (id: string) => territories.find((x) => x.id === id)?.name ?? id;
  const format = (n: number) => n.toLocaleString(locale);
  // The edited territory's rules as typed; the others' as saved.
  const ruleText = ({ territoryId, rule }: { territoryId: string; rule: number }) => {
    const holder =
      territoryId === edited.id ? edited : territories.find((x) => x.id === territoryId)!;
    return formatPostalRule(holder.rules[rule]!);
  };
  return (
    <div
      className="preview"
      role="region"
      aria-label={t('territories.preview.title')}
      aria-live="polite"
    >
      <h3>{t('territories.preview.title')}</h3>
      {problems ? (
        // A preview of only the readable rules would show moves nobody asked for.
        <p className="muted">{t('territories.preview.fixRules')}</p>
      ) : !placing ? (
        <p className="muted">{t('territories.preview.none')}</p>
      ) : !preview ? (
        <p className="muted">{t('common.loading')}</p>
      ) : preview.changes.length === 0 ? (
        <p className="muted">{t('territories.preview.none')}</p>
      ) : (
        <>
          <p>{t('territories.preview.changes', { count: preview.changes.length })}</p>
          <ul className="flows">
            {preview.flows.slice(0, 8).map((flow) => (
              <li key={`${flow.from}-${flow.to}`}>
                {t('territories.preview.flow', {
                  count: format(flow.accounts),
                  from: who(flow.from),
                  to: who(flow.to),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {!problems && preview && preview.unassigned > 0 && (
        <p className="muted">
          {t('territories.preview.unassigned', { count: preview.unassigned })}
        </p>
      )}
      {conflicts.map((c) => (
        <p
          key={`${c.first.territoryId}${c.first.rule}${c.second.territoryId}${c.second.rule}`}
          className="field-error"
        >
          {t('territories.conflict', {
            first: ruleText(c.first),
            firstName: territoryName(c.first.territoryId),
            second: ruleText(c.second),
            secondName: territoryName(c.second.territoryId),
            codes: c.codes,
          })}
        </p>
      ))}
    </div>
  );
}

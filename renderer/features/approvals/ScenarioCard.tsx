import type { Approval } from '@shared/domain/approval';
import type { ScenarioChange } from '@shared/scenario/apply';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { DecisionControls } from './DecisionControls';

const SHOWN = 12;

/** A Junior's scenario: what applying it would change, and the largest moves. */
export function ScenarioCard({
  approval,
  name,
}: {
  approval: Approval & { change: ScenarioChange };
  name: (id: string | null) => string;
}) {
  const { t, locale, currency } = useI18n();
  const { change } = approval;
  const moves = change.placements.filter((p) => p.ownerId !== p.fromOwnerId);
  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.scenario.title', {
          requester: name(approval.requesterId),
          name: change.name,
        })}
      </h2>
      <p>
        {t('approvals.scenario.figures', {
          count: change.disruption.movedAccounts,
          potential: formatMoney(change.disruption.movedPotentialCents, locale, currency),
          regular: change.disruption.movedRegular,
          territories: change.territories.length,
        })}
      </p>
      <ul className="proposal-accounts">
        {moves.slice(0, SHOWN).map((p) => (
          <li key={p.id}>
            {p.name}: {name(p.fromOwnerId)} → {name(p.ownerId)}
          </li>
        ))}
        {moves.length > SHOWN && (
          <li>{t('approvals.scenario.more', { count: moves.length - SHOWN })}</li>
        )}
      </ul>
      <DecisionControls
        approvalId={approval.id}
        approverId={approval.approverId}
        name={name}
        approvedText={t('scenarios.apply.applied', {
          name: change.name,
          count: change.placements.length,
        })}
      />
    </section>
  );
}

import { useMemo, useState } from 'react';
import { mayDecide } from '@shared/domain/reassignment';
import { ApprovalCard } from './ApprovalCard';
import { Tabs } from '@renderer/components/Tabs';
import { useI18n } from '@renderer/i18n/i18n-context';
import { nameOf } from '@renderer/components/approval-text';
import { useTeam } from '@renderer/app/data/use-team';
import { AuditTrail } from './AuditTrail';
import { ExchangePanel } from './ExchangePanel';
import { MyRequests } from './MyRequests';
import { useActingAs, useApprovals } from '@renderer/app/data/use-approvals';

const TABS = ['inbox', 'mine', 'audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * One inbox for everything that waits for the acting person (reassignments, plan parts,
 * price and contract exceptions), their own requests with the outcome, and the audit trail.
 */
export function ApprovalsPage() {
  const { t } = useI18n();
  const approvals = useApprovals();
  const members = useTeam();
  const actingAs = useActingAs();
  const [tab, setTab] = useState<Tab>('inbox');
  const byId = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  const name = (id: string | null) => nameOf(byId, id, t);
  const actor = actingAs ? { id: actingAs } : null;
  const waiting = (approvals ?? []).filter((a) => mayDecide(a, actor));
  const othersWaiting = (approvals ?? []).filter(
    (a) => a.state === 'pending' && !mayDecide(a, actor),
  ).length;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('approvals.title')}</h1>
          <p className="subtitle">{t('approvals.lead')}</p>
        </div>
      </header>
      <Tabs
        label={t('approvals.tabs')}
        idPrefix="approvals"
        tabs={TABS}
        current={tab}
        name={(x) => t(`approvals.tab.${x}`, { count: waiting.length })}
        onChange={setTab}
      />
      <div role="tabpanel" id="approvals-panel" aria-labelledby={`approvals-tab-${tab}`}>
        {approvals === undefined || members === undefined ? (
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        ) : tab === 'audit' ? (
          <AuditTrail approvals={approvals} members={members} name={name} />
        ) : tab === 'mine' ? (
          <MyRequests approvals={approvals} actingAs={actingAs} name={name} />
        ) : waiting.length === 0 ? (
          <section className="empty-state">
            <p>{t('approvals.empty')}</p>
            {othersWaiting > 0 && <p>{t('approvals.forOthers', { count: othersWaiting })}</p>}
          </section>
        ) : (
          waiting.map((approval) => (
            <ApprovalCard key={approval.id} approval={approval} name={name} />
          ))
        )}
        {approvals && tab !== 'audit' && (
          <ExchangePanel approvals={approvals} actingAs={actingAs} />
        )}
      </div>
    </div>
  );
}

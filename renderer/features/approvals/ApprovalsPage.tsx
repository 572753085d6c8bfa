import { useState } from 'react';
import { isLargeOrStrategic } from '../../../shared/domain/account';
import {
  isReassignment,
  mayDecide,
  type ReassignmentApproval,
} from '../../../shared/domain/reassignment';
import { saveFailureText } from '../../db/storage-errors';
import { useI18n } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';
import { useAccountData } from '../accounts/account-store';
import { useTeam } from '../team/use-team';
import { CsvExportButton } from '../csv/CsvExportButton';
import { approvalsCsv } from './export-approvals';
import { decideApproval } from './reassignment-repository';
import { PlanProposalCard } from './PlanProposalCard';
import { useActingAs, useApprovals } from './use-approvals';

/** The acting Senior's queue: each proposal with what it changes, approved or rejected with a comment. */
export function ApprovalsPage() {
  const { t } = useI18n();
  const approvals = useApprovals();
  const members = useTeam();
  const actingAs = useActingAs();
  const pending = (approvals ?? []).filter(
    (a): a is ReassignmentApproval => isReassignment(a) && a.state === 'pending',
  );
  const mine = pending.filter((a) => mayDecide(a, actingAs ? { id: actingAs } : null));
  const plansToDecide = (approvals ?? []).filter(
    (a) => a.kind === 'plan' && mayDecide(a, actingAs ? { id: actingAs } : null),
  );
  const name = (id: string | null) =>
    id ? (members?.find((m) => m.id === id)?.name ?? '–') : t('accounts.history.lead');

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('approvals.title')}</h1>
          <p className="subtitle">{t('approvals.lead')}</p>
        </div>
        <CsvExportButton
          label={t('approvals.export')}
          fileBase={t('approvals.exportName')}
          disabled={!approvals?.length}
          build={(dialect) => approvalsCsv(approvals ?? [], name, t, dialect)}
        />
      </header>
      {approvals === undefined || members === undefined ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : mine.length === 0 && plansToDecide.length === 0 ? (
        <section className="empty-state">
          <p>{t('approvals.empty')}</p>
          {pending.length > 0 && <p>{t('approvals.forOthers', { count: pending.length })}</p>}
        </section>
      ) : (
        <>
          {plansToDecide.map((approval) => (
            <PlanProposalCard key={approval.id} approval={approval} name={name} />
          ))}
          {mine.map((approval) => (
            <ProposalCard key={approval.id} approval={approval} name={name} actingAs={actingAs} />
          ))}
        </>
      )}
    </div>
  );
}

function ProposalCard({
  approval,
  name,
  actingAs,
}: {
  approval: ReassignmentApproval;
  name: (id: string | null) => string;
  actingAs: string | null;
}) {
  const { t, locale } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const data = useAccountData();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const { change } = approval;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(approval.createdAt),
  );
  const accountOf = (id: string) =>
    data.kind === 'ready' ? data.data.accounts[data.data.indexById.get(id) ?? -1] : undefined;

  const decide = async (decision: 'approved' | 'rejected') => {
    setBusy(true);
    try {
      const done = await decideApproval(approval.id, decision, actingAs, comment);
      if (!done) notify(t('approvals.notAllowed', { name: name(approval.approverId) }), 'error');
      else
        notify(
          decision === 'approved'
            ? t('approvals.approved', { count: change.accounts.length })
            : t('approvals.rejected'),
        );
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.item', {
          requester: name(approval.requesterId),
          count: change.accounts.length,
          to: name(change.toMemberId),
        })}
      </h2>
      <p className="muted">
        {t('approvals.item.date', { date, approver: name(approval.approverId) })}
      </p>
      <ul className="proposal-accounts">
        {change.accounts.slice(0, 20).map((a) => {
          const account = accountOf(a.id);
          return (
            <li key={a.id}>
              {a.name} — {t('approvals.preview.from', { from: name(a.fromOwnerId) })}
              {account && isLargeOrStrategic(account) && (
                <span className="badge badge-warning">{t('approvals.preview.large')}</span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="field">
        <label htmlFor={`comment-${approval.id}`}>{t('approvals.comment')}</label>
        <textarea
          id={`comment-${approval.id}`}
          className="input"
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => void decide('approved')}
        >
          {t('approvals.approve')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void decide('rejected')}
        >
          {t('approvals.reject')}
        </button>
      </div>
    </section>
  );
}

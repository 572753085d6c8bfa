import { useState } from 'react';
import { SelectField } from '@renderer/components/SelectField';
import type { Approval } from '@shared/domain/approval';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { ExportButton } from '../csv/ExportButton';
import { approvalAccounts, approvalSummary } from './approval-summary';
import { approvalsExport } from './export-approvals';

const KINDS = ['reassignment', 'plan', 'exception', 'classification', 'conflict'] as const;

interface Props {
  approvals: readonly Approval[];
  members: readonly TeamMember[];
  name: (id: string | null) => string;
}

/**
 * Every decision — who asked, who decided, when, what changed — filterable by member,
 * account and kind, and exportable. Read-only by design: nothing here edits or deletes.
 */
export function AuditTrail({ approvals, members, name }: Props) {
  const { t, locale, currency } = useI18n();
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const [memberId, setMemberId] = useState('');
  const [account, setAccount] = useState('');
  const [kind, setKind] = useState('');
  const needle = account.trim().toLowerCase();
  const shown = approvals.filter(
    (a) =>
      (!memberId || a.requesterId === memberId || a.approverId === memberId) &&
      (!kind || a.kind === kind) &&
      (!needle || approvalAccounts(a).some((n) => n.toLowerCase().includes(needle))),
  );
  const when = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '';

  return (
    <section className="audit-trail" aria-labelledby="audit-title">
      <h2 id="audit-title" className="visually-hidden">
        {t('audit.title')}
      </h2>
      <p className="hint">{t('audit.lead')}</p>
      <div className="toolbar toolbar-wrap">
        <SelectField
          inline
          id="audit-member"
          label={t('audit.member')}
          value={memberId}
          options={[
            { value: '', label: t('audit.anyone') },
            ...members.map((m) => ({ value: m.id, label: m.name })),
          ]}
          onChange={setMemberId}
        />
        <div className="field inline-field">
          <label htmlFor="audit-account">{t('audit.account')}</label>
          <input
            id="audit-account"
            className="input"
            value={account}
            onChange={(e) => setAccount(e.target.value)}
          />
        </div>
        <SelectField
          inline
          id="audit-kind"
          label={t('audit.kind')}
          value={kind}
          options={[
            { value: '', label: t('audit.anyKind') },
            ...KINDS.map((k) => ({ value: k, label: t(`approvals.kind.${k}`) })),
          ]}
          onChange={setKind}
        />
        <ExportButton
          label={t('approvals.export')}
          fileBase={t('approvals.exportName')}
          sheet={t('approvals.sheetName')}
          disabled={shown.length === 0}
          build={() => approvalsExport(shown, name, t, money)}
        />
      </div>
      {shown.length === 0 ? (
        <section className="empty-state">
          <p>{approvals.length === 0 ? t('audit.empty') : t('audit.noMatch')}</p>
        </section>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('audit.title')}>
            <thead>
              <tr>
                <th>{t('audit.col.created')}</th>
                <th>{t('audit.kind')}</th>
                <th>{t('audit.col.requester')}</th>
                <th>{t('audit.col.what')}</th>
                <th>{t('audit.col.state')}</th>
                <th>{t('audit.col.decider')}</th>
                <th>{t('audit.col.decided')}</th>
                <th>{t('audit.col.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.id}>
                  <td>{when(a.createdAt)}</td>
                  <td>{t(`approvals.kind.${a.kind}`)}</td>
                  <td>{name(a.requesterId || null)}</td>
                  <td>{approvalSummary(a, name, t, money)}</td>
                  <td>{t(`approvals.state.${a.state}`)}</td>
                  <td>{a.state === 'pending' ? '' : name(a.approverId)}</td>
                  <td>{when(a.decidedAt)}</td>
                  <td>{a.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

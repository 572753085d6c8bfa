import { useMemo, useState } from 'react';
import { SelectField } from '@renderer/components/SelectField';
import type { Account } from '@shared/domain/account';
import {
  EXCEPTION_KINDS,
  EXCEPTION_LIMITS,
  evaluateAuthority,
  isException,
  type ExceptionKind,
} from '@shared/domain/authority';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMoney } from '@shared/format/intl';
import { parseMoneyToCents } from '@shared/format/parse-money';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { saveFailureText } from '@renderer/db/storage-errors';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { useApprovals } from '@renderer/app/data/use-approvals';
import { recordExceptionCommand } from './decision-repository';
import { runCommand } from '@renderer/commands/run-command';
import { exceptionText, nameOf } from '@renderer/components/approval-text';

interface Props {
  account: Account;
  members: readonly TeamMember[];
}

/** Price and contract decisions on one account: what is in force, what waits, and a new one. */
export function AccountDecisions({ account, members }: Props) {
  const { t, locale, currency, language } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const approvals = useApprovals();
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const actor = settings.actingAs ? (byId.get(settings.actingAs) ?? null) : null;
  const [kind, setKind] = useState<ExceptionKind>('discount');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [effect, setEffect] = useState('');
  const [busy, setBusy] = useState(false);

  const decisions = (approvals ?? [])
    .filter(isException)
    .filter((a) => a.change.accountId === account.id);
  // What is in force: the newest approved decision of each kind.
  const inForce = EXCEPTION_KINDS.flatMap((k) => {
    const newest = decisions.find((a) => a.state === 'approved' && a.change.exception === k);
    return newest ? [newest] : [];
  });
  const amount = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : null;
  const valid = amount !== null && amount <= EXCEPTION_LIMITS[kind];
  const effectCents = effect.trim() === '' ? 0 : parseMoneyToCents(effect, language);
  const verdict = valid
    ? evaluateAuthority(settings.authority, actor, account, kind, amount)
    : null;
  const name = (id: string | null) => nameOf(byId, id, t);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

  const submit = async () => {
    if (!valid || effectCents === null || !reason.trim()) return;
    setBusy(true);
    try {
      const outcome = await runCommand(
        recordExceptionCommand({
          account,
          exception: kind,
          value: amount,
          reason,
          revenueEffectCents: effectCents,
        }),
      );
      notify(
        outcome.kind === 'applied'
          ? t('decisions.recorded')
          : outcome.kind === 'refused'
            ? t(outcome.reason)
            : outcome.duplicate
              ? t('commands.alreadyWaiting', { approver: name(outcome.approval.approverId) })
              : t('decisions.requested', { approver: name(outcome.approval.approverId) }),
        outcome.kind === 'refused' ? 'error' : 'success',
      );
      if (outcome.kind !== 'refused') {
        setValue('');
        setReason('');
        setEffect('');
      }
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="history" aria-labelledby="account-decisions-title">
      <h3 id="account-decisions-title">{t('decisions.title')}</h3>
      {inForce.length === 0 ? (
        <p className="muted">{t('decisions.none')}</p>
      ) : (
        <ul>
          {inForce.map((a) => (
            <li key={a.id}>
              <strong>{exceptionText(a.change, t)}</strong>{' '}
              {t('decisions.inForce', { date: date(a.decidedAt!), approver: name(a.approverId) })}
            </li>
          ))}
        </ul>
      )}
      {decisions
        .filter((a) => a.state === 'pending')
        .map((a) => (
          <p key={a.id} className="badge badge-warning">
            {t('decisions.waiting', {
              what: exceptionText(a.change, t),
              approver: name(a.approverId),
            })}
          </p>
        ))}
      <div className="decision-form">
        <SelectField
          id="decision-kind"
          label={t('decisions.kind')}
          value={kind}
          options={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`authority.kind.${k}`) }))}
          onChange={setKind}
        />
        <div className="field">
          <label htmlFor="decision-value">{t(`decisions.amount.${kind}`)}</label>
          <input
            id="decision-value"
            className="input"
            inputMode="numeric"
            value={value}
            aria-invalid={value.trim() !== '' && !valid}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="decision-effect">{t('decisions.effect', { currency })}</label>
          <input
            id="decision-effect"
            className="input"
            value={effect}
            aria-invalid={effectCents === null}
            onChange={(e) => setEffect(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="decision-reason">{t('decisions.reason')}</label>
          <textarea
            id="decision-reason"
            className="input"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        {value.trim() !== '' && !valid && (
          <p className="field-error" role="alert">
            {t('decisions.invalid', { max: EXCEPTION_LIMITS[kind] })}
          </p>
        )}
        {effectCents === null && (
          <p className="field-error" role="alert">
            {t('decisions.effectInvalid')}
          </p>
        )}
        {verdict && (
          <p className="hint" role="status" data-testid="decision-verdict">
            {verdict.kind === 'within'
              ? t('decisions.verdict.within')
              : verdict.kind === 'blocked'
                ? t('decisions.blocked')
                : t(`decisions.verdict.${verdict.reason}`, { approver: name(verdict.approverId) })}
          </p>
        )}
        <button
          type="button"
          className="button-primary"
          disabled={busy || !valid || effectCents === null || !reason.trim()}
          onClick={() => void submit()}
        >
          {verdict?.kind === 'needs-approval' ? t('decisions.request') : t('decisions.record')}
        </button>
        {effectCents !== null && effectCents !== 0 && (
          <p className="muted">
            {t('decisions.effectShown', { amount: formatMoney(effectCents, locale, currency) })}
          </p>
        )}
      </div>
    </section>
  );
}

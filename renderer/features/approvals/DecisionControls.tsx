import { useState } from 'react';
import { saveFailureText } from '@renderer/db/storage-errors';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { decideCommand } from './decide-command';
import { runCommand } from '@renderer/commands/run-command';

interface Props {
  approvalId: string;
  approverId: string | null;
  name: (id: string | null) => string;
  /** The notice after approving (what it changed). */
  approvedText: string;
}

/** Comment, Approve and Reject for one request in the inbox. */
export function DecisionControls({ approvalId, approverId, name, approvedText }: Props) {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (decision: 'approved' | 'rejected') => {
    setBusy(true);
    try {
      const outcome = await runCommand(decideCommand(approvalId, { state: decision, comment }));
      if (outcome.kind === 'refused')
        notify(
          outcome.reason === 'approvals.notYours'
            ? t('approvals.notAllowed', { approver: name(approverId) })
            : t(outcome.reason),
          'error',
        );
      else notify(decision === 'approved' ? approvedText : t('approvals.rejected'));
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`comment-${approvalId}`}>{t('approvals.comment')}</label>
        <textarea
          id={`comment-${approvalId}`}
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
    </>
  );
}

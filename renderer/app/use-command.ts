import { useCallback } from 'react';
import type { Command, Outcome } from '../commands/command';
import { runCommand } from '../commands/run-command';
import { db } from '../db/db';
import { saveFailureText } from '../db/storage-errors';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';

/**
 * Runs a command from a screen and tells the person what became of it: applied (with the
 * screen's own message), sent to their Senior (or already waiting there), or refused and why.
 * Resolves to the outcome, or null when the write itself failed (also told).
 */
export function useCommand() {
  const t = useT();
  const notify = useAppStore((s) => s.notify);
  return useCallback(
    async <R>(
      command: Command<R>,
      applied?: (value: R) => string,
      /** The screen's own words for "sent to {name}" (a new request, not a repeated one). */
      proposed?: (approver: string) => string,
    ): Promise<Outcome<R> | null> => {
      try {
        const outcome = await runCommand(command);
        if (outcome.kind === 'refused') notify(t(outcome.reason), 'error');
        else if (outcome.kind === 'proposed') {
          const approverId = outcome.approval.approverId;
          const approver = approverId ? await db.members.get(approverId) : undefined;
          const name = approver?.name ?? t('accounts.history.lead');
          notify(
            outcome.duplicate
              ? t('commands.alreadyWaiting', { approver: name })
              : (proposed?.(name) ?? t('commands.proposed', { approver: name })),
          );
        } else if (applied) notify(applied(outcome.value));
        return outcome;
      } catch (error) {
        notify(saveFailureText(error, t), 'error');
        return null;
      }
    },
    [t, notify],
  );
}

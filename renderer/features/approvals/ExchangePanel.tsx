import { FileDown, FileUp } from 'lucide-react';
import { useRef, useState } from 'react';
import type { Approval } from '@shared/domain/approval';
import {
  EXCHANGE_EXTENSION,
  exchangeApprovals,
  exchangeFile,
  readExchange,
} from '@shared/domain/exchange';
import { saveFailureText } from '@renderer/db/storage-errors';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { exportFileName } from '../csv/use-export';
import { importExchangeCommand } from './exchange-command';
import { runCommand } from '@renderer/commands/run-command';

/**
 * For a field manager without a connection: their waiting requests (and a Senior's decisions)
 * go out as a small file, and come back in the same way; repeats are recognised.
 */
export function ExchangePanel({
  approvals,
  actingAs,
}: {
  approvals: readonly Approval[];
  actingAs: string | null;
}) {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const outgoing = exchangeApprovals(approvals, actingAs);

  const save = async () => {
    const api = plannerApi();
    if (!api) return;
    setBusy(true);
    try {
      const content = JSON.stringify(exchangeFile(outgoing, actingAs, new Date()));
      const name = exportFileName(t('exchange.fileName'), EXCHANGE_EXTENSION);
      const { fileName } = unwrap(await api.saveRequests({ suggestedName: name, content }));
      if (fileName)
        notify(t('exchange.saved', { name: fileName, count: outgoing.length }), 'success');
    } catch (error) {
      notify(t('exchange.saveFailed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const open = async (file: File) => {
    setBusy(true);
    try {
      const read = readExchange(await file.text());
      if (!read.ok) {
        notify(t(`exchange.problem.${read.problem}`, { name: file.name }), 'error');
        return;
      }
      const outcome = await runCommand(importExchangeCommand(read.file));
      if (outcome.kind !== 'applied') return;
      const result = outcome.value;
      notify(
        t('exchange.imported', {
          added: result.add.length,
          decided: result.decide.length,
          repeated: result.duplicates + result.alreadyDecided,
          unknown: result.unknown,
        }),
        'success',
      );
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="card exchange" aria-labelledby="exchange-title">
      <h2 id="exchange-title">{t('exchange.title')}</h2>
      <p className="hint">{t('exchange.lead')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy || outgoing.length === 0}
          onClick={() => void save()}
        >
          <FileDown size={16} aria-hidden="true" />
          {t('exchange.save', { count: outgoing.length })}
        </button>
        <label className="button">
          <FileUp size={16} aria-hidden="true" />
          {t('exchange.open')}
          <input
            ref={input}
            type="file"
            accept={`.${EXCHANGE_EXTENSION},application/json`}
            className="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(file);
            }}
          />
        </label>
      </div>
    </section>
  );
}

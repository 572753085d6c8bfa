import { describe, expect, it } from 'vitest';
import type { Approval } from '@shared/domain/approval';
import { createTranslator } from '@shared/i18n/translate';
import { formatMoney } from '@shared/format/intl';
import { approvalSummary } from '@renderer/features/approvals/approval-summary';
import { approvalsExport } from '@renderer/features/approvals/export-approvals';

const names = new Map([
  ['jun', 'Jana Junior'],
  ['sen', 'Sven Senior'],
]);
const name = (id: string | null) => (id ? (names.get(id) ?? '–') : 'Team lead');

const exception: Approval = {
  id: 'e1',
  kind: 'exception',
  state: 'approved',
  requesterId: 'jun',
  approverId: 'sen',
  createdAt: '2026-11-20T10:00:00.000Z',
  decidedAt: '2026-11-21T09:00:00.000Z',
  comment: '=cmd|calc',
  change: {
    accountId: 'a1',
    accountName: 'Bäckerei Müller',
    exception: 'discount',
    value: 10,
    reason: 'Jahresvertrag; drei Jahre',
    revenueEffectCents: -250_050,
  },
};
const reassignment: Approval = {
  id: 'r1',
  kind: 'reassignment',
  state: 'pending',
  requesterId: 'jun',
  approverId: 'sen',
  createdAt: '2026-11-22T10:00:00.000Z',
  decidedAt: null,
  comment: '',
  change: {
    toMemberId: 'jun',
    accounts: [{ id: 'a2', name: 'X', fromOwnerId: 'sen', fromPinnedOwnerId: null }],
  },
};

describe('approval summaries', () => {
  it('state a plan part’s amount in the user’s currency and notation, never a fixed “EUR”', () => {
    const plan = {
      ...reassignment,
      kind: 'plan' as const,
      change: {
        planId: 'p',
        fiscalYear: 2027,
        version: 1,
        memberId: 'jun',
        annualCents: 97_915_000,
      },
    };
    const chf = approvalSummary(plan, name, createTranslator('de'), (c) =>
      formatMoney(c, 'de-CH', 'CHF'),
    );
    expect(chf).toContain(formatMoney(97_915_000, 'de-CH', 'CHF'));
    expect(chf).not.toContain('EUR');
    expect(chf).not.toContain('979150.00');
  });
});

describe('audit trail CSV', () => {
  it('lists every decision newest first with what, why, the revenue effect and who decided', () => {
    const csv = approvalsExport([exception, reassignment], name, createTranslator('de'), (cents) =>
      formatMoney(cents, 'de-DE'),
    ).csv('excel-de');
    const lines = csv
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      'Erstellt;Art;Angefragt von;Inhalt;Begründung;Umsatzwirkung;Stand;Entschieden von;Entschieden;Kommentar',
    );
    expect(lines[1]).toBe(
      '22.11.2026;Umverteilung;Jana Junior;Zuordnung von 1 Kund*in → Jana Junior;;;Offen;;;',
    );
    // The reason's ";" is quoted; the comment that looks like a formula is neutralised.
    expect(lines[2]).toBe(
      '20.11.2026;Ausnahme;Jana Junior;Rabatt 10 % · Bäckerei Müller;"Jahresvertrag; drei Jahre";' +
        "-2500,50;Freigegeben;Sven Senior;21.11.2026;'=cmd|calc",
    );
  });
});

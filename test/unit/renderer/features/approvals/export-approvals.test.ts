import { describe, expect, it } from 'vitest';
import type { Approval } from '@shared/domain/approval';
import { createTranslator } from '@shared/i18n/translate';
import { formatMoney } from '@shared/format/intl';
import { conflictChoiceRecord } from '@shared/sync/conflict-choice';
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

  it('say which version of a conflict was kept, with the value, and whose was not', () => {
    const target = (cents: number) => ({ planId: 'P1', memberId: 'jun', monthlyCents: [cents] });
    const entry = conflictChoiceRecord(
      {
        id: 'planTargets:P1:jun',
        versions: [
          { rev: '3-a', by: 'sen', at: '2026-05-03T09:00:00.000Z', row: target(120_000_00) },
          { rev: '3-b', by: 'jun', at: '2026-05-03T10:00:00.000Z', row: target(140_000_00) },
        ],
        clashes: [{ path: 'monthlyCents.0', ancestor: 1, mine: 120_000_00, theirs: 140_000_00 }],
      },
      '3-b',
      'sen',
      new Date('2026-05-04T08:00:00.000Z'),
      'c1',
    );
    const money = (cents: number) => formatMoney(cents, 'en-GB', 'EUR');
    expect(approvalSummary(entry, name, createTranslator('en'), money)).toBe(
      `Plan targets P1 · jun: Jana Junior’s version kept (Month 1 ${money(140_000_00)}), not Sven Senior’s`,
    );
    const euro = (cents: number) => formatMoney(cents, 'de-DE', 'EUR');
    expect(approvalSummary(entry, name, createTranslator('de'), euro)).toBe(
      `Planziele P1 · jun: Fassung von Jana Junior behalten (Monat 1 ${euro(140_000_00)}), nicht die von Sven Senior`,
    );
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Approval } from '@shared/domain/approval';

type ApprovalBase = Omit<Approval, 'kind' | 'change'>;
import {
  exchangeApprovals,
  exchangeFile,
  planExchange,
  readExchange,
} from '@shared/domain/exchange';

const request = (id: string, over: Partial<ApprovalBase> = {}): Approval =>
  ({
    id,
    kind: 'exception',
    state: 'pending',
    requesterId: 'jun',
    approverId: 'sen',
    createdAt: '2026-11-20T10:00:00.000Z',
    decidedAt: null,
    comment: '',
    change: {
      accountId: 'a1',
      accountName: 'Bäckerei Müller',
      exception: 'discount',
      value: 10,
      reason: 'Jahresvertrag',
      revenueEffectCents: -250_000,
    },
    ...over,
  }) as Approval;
const decided = (id: string) =>
  request(id, { state: 'approved', decidedAt: '2026-11-21T08:00:00.000Z', comment: 'ok' });

describe('exchange files', () => {
  it('carry a Junior’s waiting requests and a Senior’s decisions, nothing else', () => {
    const all = [
      request('mine'),
      request('decided-for-me', { state: 'approved', decidedAt: '2026-11-21T08:00:00.000Z' }),
      request('someone-else', { requesterId: 'other' }),
      { ...request('plan'), kind: 'plan' } as unknown as Approval,
    ];
    expect(exchangeApprovals(all, 'jun').map((a) => a.id)).toEqual(['mine']);
    expect(exchangeApprovals(all, 'sen').map((a) => a.id)).toEqual(['decided-for-me']);
  });

  it('read back exactly what was written', () => {
    const file = exchangeFile([request('r1'), decided('r2')], 'jun', new Date('2026-11-22'));
    const read = readExchange(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
  });

  it('refuse what is not one, saying what it is not', () => {
    expect(readExchange('Kunde;Betrag')).toEqual({ ok: false, problem: 'not-json' });
    expect(readExchange('{"format":"something"}')).toEqual({ ok: false, problem: 'wrong-format' });
    const newer = { ...exchangeFile([], null, new Date()), version: 99 };
    expect(readExchange(JSON.stringify(newer))).toEqual({ ok: false, problem: 'newer-version' });
    const damaged = exchangeFile([request('r1')], null, new Date());
    (damaged.approvals[0] as { state: string }).state = 'maybe';
    expect(readExchange(JSON.stringify(damaged))).toEqual({ ok: false, problem: 'invalid' });
    const hostile = exchangeFile([request('r1')], null, new Date());
    (hostile.approvals[0] as unknown as { change: { extra: string } }).change.extra = 'x';
    expect(readExchange(JSON.stringify(hostile))).toEqual({ ok: false, problem: 'invalid' });
  });

  it('never throw on random text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readExchange(text).ok).toBe(false);
      }),
    );
  });

  it('add new requests, apply decisions to waiting ones, and recognise repeats', () => {
    const local = new Map<string, Pick<Approval, 'state'>>([
      ['waiting', { state: 'pending' }],
      ['done', { state: 'rejected' }],
      ['twice', { state: 'pending' }],
    ]);
    const plan = planExchange(
      local,
      [
        request('new'),
        decided('waiting'),
        decided('done'),
        request('twice'),
        decided('never-seen'),
        request('stranger', { requesterId: 'ghost' }),
      ],
      (id) => id !== 'ghost',
    );
    expect(plan.add.map((a) => a.id)).toEqual(['new']);
    expect(plan.decide.map((a) => a.id)).toEqual(['waiting']);
    expect(plan).toMatchObject({ duplicates: 1, alreadyDecided: 1, unknown: 2 });
  });

  it('the same file taken in twice changes nothing the second time', () => {
    const incoming = [request('a'), request('b')];
    const first = planExchange(new Map(), incoming, () => true);
    const after = new Map(first.add.map((a) => [a.id, a]));
    const second = planExchange(after, incoming, () => true);
    expect(second).toMatchObject({ add: [], decide: [], duplicates: 2 });
  });
});

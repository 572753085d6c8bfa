import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handOvers, opsFromFeed } from '@shared/sync/received-changes';
import type { ChangeOp } from '@shared/persistence/tables';
import { parseTeamDocId, teamDocId, teamDocOf } from '@shared/sync/team-documents';

const AT = '2026-12-03T08:00:00.000Z';

describe('team document ids', () => {
  it('name the table and key, escaping what would split them', () => {
    expect(teamDocId('actuals', { memberId: 'M-3', month: '2026-04' })).toBe('actuals:M-3:2026-04');
    expect(teamDocId('accounts', { id: 'a:b/c' })).toBe('accounts:a%3Ab%2Fc');
    expect(teamDocId('settings', { key: 7 })).toBe('settings:#7');
  });

  it('read back to the same table and key, whatever the key holds', () => {
    const part = fc.oneof(fc.string({ maxLength: 12 }), fc.integer());
    fc.assert(
      fc.property(part, part, (a, b) => {
        expect(parseTeamDocId(teamDocId('accounts', { id: a }))).toEqual({
          table: 'accounts',
          key: a,
        });
        expect(parseTeamDocId(teamDocId('planTargets', { planId: a, memberId: b }))).toEqual({
          table: 'planTargets',
          key: [a, b],
        });
      }),
    );
  });

  it('are not read from anything else', () => {
    for (const id of [
      '_design/team-rules',
      'scenarios:S1',
      'actuals:M-3',
      'accounts:%E0%A4%A',
      'accounts:#x',
    ])
      expect(parseTeamDocId(id)).toBeNull();
  });
});

describe('changes from the server, for the working database', () => {
  it('become one put per table and one delete per table, design documents left out', () => {
    const account = { id: 'A1', name: 'Müller GmbH', ownerId: 'M-3' };
    const actual = { memberId: 'M-3', month: '2026-04', revenueCents: 5 };
    const ops = opsFromFeed([
      { id: 'accounts:A1', doc: teamDocOf('accounts', account, 'M-3', AT) },
      { id: '_design/team-rules', doc: {} },
      { id: 'actuals:M-3:2026-03', deleted: true },
      { id: 'actuals:M-3:2026-04', doc: teamDocOf('actuals', actual, null, AT) },
      { id: 'accounts:A2', deleted: true },
    ]);
    expect(ops).toEqual([
      { type: 'put', table: 'accounts', rows: [account] },
      { type: 'delete', table: 'actuals', keys: [['M-3', '2026-03']] },
      { type: 'put', table: 'actuals', rows: [actual] },
      { type: 'delete', table: 'accounts', keys: ['A2'] },
    ]);
  });

  it('leave out a document whose body names another table than its id', () => {
    const forged = { id: 'members:M-1', doc: teamDocOf('accounts', { id: 'M-1' }, null, AT) };
    expect(opsFromFeed([forged])).toEqual([]);
  });
});

describe('hand-overs to the working database', () => {
  it('carry at most the limit of rows each, in order, and all of them', () => {
    const rows = (n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => ({ id: `A${from + i}` }));
    const ops: ChangeOp[] = [
      { type: 'put', table: 'accounts', rows: rows(7) },
      { type: 'delete', table: 'actuals', keys: [['M', '2026-01']] },
      { type: 'put', table: 'members', rows: rows(2, 100) },
    ];
    const chunks = handOvers(ops, 3);
    expect(chunks.map((c) => c.map((op) => (op.type === 'put' ? op.rows.length : 1)))).toEqual([
      [3],
      [3],
      [1, 1],
      [2],
    ]);
    expect(chunks.flat().flatMap((op) => (op.type === 'put' ? op.rows : []))).toEqual([
      ...rows(7),
      ...rows(2, 100),
    ]);
  });
});

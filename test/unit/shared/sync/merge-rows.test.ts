import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRows } from '@shared/sync/merge-rows';

const target = {
  planId: 'P1',
  memberId: 'M-3',
  monthlyCents: [100, 100, 100],
  newBusinessPct: 20,
  signoff: 'open',
};

describe('three-way merge of a row changed on two laptops', () => {
  it('keeps both sides’ changes to different fields and months', () => {
    const mine = { ...target, monthlyCents: [100, 150, 100] };
    const theirs = { ...target, monthlyCents: [100, 100, 90], newBusinessPct: 30 };
    expect(mergeRows(target, mine, theirs)).toEqual({
      kind: 'merged',
      row: { ...target, monthlyCents: [100, 150, 90], newBusinessPct: 30 },
    });
  });

  it('shows a conflict where both set the same month differently, and chooses nothing', () => {
    const mine = { ...target, monthlyCents: [120, 100, 100], newBusinessPct: 25 };
    const theirs = { ...target, monthlyCents: [140, 100, 100] };
    expect(mergeRows(target, mine, theirs)).toEqual({
      kind: 'conflict',
      conflicts: [{ path: 'monthlyCents.0', ancestor: 100, mine: 120, theirs: 140 }],
    });
  });

  it('does not let a deletion silently win over a change, or the other way round', () => {
    const changed = { ...target, newBusinessPct: 40 };
    expect(mergeRows(target, null, changed)).toEqual({
      kind: 'conflict',
      conflicts: [{ path: '', ancestor: target, mine: null, theirs: changed }],
    });
    expect(mergeRows(target, null, target)).toEqual({ kind: 'merged', row: null });
  });

  it('sees two decisions on one request as a conflict', () => {
    const request = { id: 'R1', state: 'pending', approverId: 'S1', comment: '' };
    const approved = { ...request, state: 'approved', comment: 'ok' };
    const rejected = { ...request, state: 'rejected', comment: 'no' };
    const merge = mergeRows(request, approved, rejected);
    expect(merge.kind).toBe('conflict');
    expect(merge.kind === 'conflict' && merge.conflicts.map((c) => c.path)).toEqual([
      'state',
      'comment',
    ]);
  });

  it('keeps both sides’ additions to a history, in the same order on either laptop', () => {
    const created = { at: '2026-01-01', action: 'created' };
    const plan = { id: 'P1', history: [created] };
    const a = {
      ...plan,
      history: [created, { at: '2026-02-01', action: 'memberSubmitted', memberId: 'J1' }],
    };
    const b = {
      ...plan,
      history: [created, { at: '2026-02-02', action: 'memberSubmitted', memberId: 'J2' }],
    };
    const one = mergeRows(plan, a, b);
    expect(one).toEqual(mergeRows(plan, b, a));
    expect(one.kind === 'merged' && one.row!.history).toEqual([
      created,
      a.history[1],
      b.history[1],
    ]);
  });

  it('sees two rows created apart under one key as a conflict where they differ', () => {
    const mine = { memberId: 'J1', month: '2026-04', revenueCents: 500, note: 'call' };
    const theirs = { memberId: 'J1', month: '2026-04', revenueCents: 700 };
    expect(mergeRows(null, mine, theirs)).toEqual({
      kind: 'conflict',
      conflicts: [{ path: 'revenueCents', ancestor: undefined, mine: 500, theirs: 700 }],
    });
  });
});

/** A row of a few fields: numbers, texts and a list of numbers (as the tables hold). */
const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('a', 'b', 'c'),
  fc.constant(null),
);
const row = fc.record({
  f0: value,
  f1: value,
  f2: value,
  f3: value,
  list: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
});
type R = typeof row extends fc.Arbitrary<infer T> ? T : never;
const FIELDS = ['f0', 'f1', 'f2', 'f3'] as const;

describe('merge properties', () => {
  it('takes every change when the two sides changed different fields', () => {
    fc.assert(
      fc.property(
        row,
        row,
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (base, other, side) => {
          const mine: R = { ...base };
          const theirs: R = { ...base };
          FIELDS.forEach((f, i) => {
            if (side[i]) mine[f] = other[f];
            else theirs[f] = other[f];
          });
          const merged = mergeRows(base, mine, theirs);
          expect(merged).toEqual({
            kind: 'merged',
            row: { ...base, ...Object.fromEntries(FIELDS.map((f) => [f, other[f]])) },
          });
        },
      ),
    );
  });

  it('gives the same outcome whichever side merges, and reports each field both changed differently', () => {
    fc.assert(
      fc.property(row, row, row, (base, mine, theirs) => {
        const one = mergeRows(base, mine, theirs);
        const other = mergeRows(base, theirs, mine);
        expect(one.kind).toBe(other.kind);
        if (one.kind === 'merged' && other.kind === 'merged') expect(one.row).toEqual(other.row);
        const clashing = FIELDS.filter(
          (f) => mine[f] !== base[f] && theirs[f] !== base[f] && mine[f] !== theirs[f],
        );
        const reported = one.kind === 'conflict' ? one.conflicts.map((c) => c.path) : [];
        for (const f of clashing) expect(reported).toContain(f);
        for (const path of reported) {
          const conflict = one.kind === 'conflict' && one.conflicts.find((c) => c.path === path);
          expect(conflict && conflict.mine).not.toEqual(conflict && conflict.theirs);
        }
      }),
    );
  });

  it('changes nothing when only one side changed', () => {
    fc.assert(
      fc.property(row, row, (base, changed) => {
        expect(mergeRows(base, changed, base)).toEqual({ kind: 'merged', row: changed });
        expect(mergeRows(base, base, changed)).toEqual({ kind: 'merged', row: changed });
      }),
    );
  });
});

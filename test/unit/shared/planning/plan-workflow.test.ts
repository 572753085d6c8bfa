import { describe, expect, it } from 'vitest';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import { EVEN_PROFILE } from '@shared/planning/seasonality';
import {
  decidePart,
  decidePlan,
  mayEditPlan,
  mayEditTarget,
  nextVersion,
  submitPart,
  submitPlan,
} from '@shared/planning/plan-workflow';

const AT = '2026-11-27T10:00:00.000Z';
const senior = { id: 'sen', level: 'senior' as const, supervisorId: null };
const otherSenior = { id: 'sen2', level: 'senior' as const, supervisorId: null };
const junior = { id: 'jun', level: 'junior' as const, supervisorId: 'sen' };
const members = new Map([senior, otherSenior, junior].map((m) => [m.id, m]));

const plan = (over: Partial<SalesPlan> = {}): SalesPlan => ({
  id: 'p1',
  fiscalYear: 2027,
  version: 1,
  state: 'draft',
  teamTargetCents: 100,
  startMonth: 1,
  method: 'even',
  mix: { even: 100, potential: 0, priorYear: 0 },
  ramp: [],
  redistributeRamp: false,
  seasonality: EVEN_PROFILE,
  newBusinessDefaults: { junior: 60, senior: 30 },
  createdAt: AT,
  history: [],
  ...over,
});
const part = (memberId: string, over: Partial<PlanTarget> = {}): PlanTarget => ({
  planId: 'p1',
  memberId,
  monthlyCents: Array(12).fill(1),
  manual: false,
  newBusinessPct: 30,
  seasonality: null,
  signoff: 'open',
  ...over,
});

describe('plan workflow (seed rule: a Junior’s plan is approved by their Senior)', () => {
  it('a Junior submits only their own part, to their Senior', () => {
    expect(submitPart(plan(), part('jun'), junior, AT)).toMatchObject({
      ok: true,
      value: { signoff: 'submitted', approverId: 'sen', event: { action: 'memberSubmitted' } },
    });
    expect(submitPart(plan(), part('sen'), junior, AT)).toEqual({
      ok: false,
      error: 'plans.error.onlyOwnPart',
    });
    expect(submitPart(plan({ state: 'approved' }), part('jun'), junior, AT)).toMatchObject({
      ok: false,
      error: 'plans.error.locked',
    });
  });

  it('only the Junior’s own Senior (or the lead) decides, and sending back needs a comment', () => {
    const submitted = part('jun', { signoff: 'submitted' });
    expect(decidePart(plan(), submitted, junior, otherSenior, 'approved', '', AT)).toMatchObject({
      ok: false,
      error: 'plans.error.notTheirSenior',
    });
    expect(decidePart(plan(), submitted, junior, junior, 'approved', '', AT)).toMatchObject({
      ok: false,
      error: 'plans.error.juniorCannotDecide',
    });
    expect(decidePart(plan(), submitted, junior, senior, 'returned', ' ', AT)).toMatchObject({
      ok: false,
      error: 'plans.error.commentRequired',
    });
    expect(decidePart(plan(), submitted, junior, senior, 'returned', 'Too low', AT)).toMatchObject({
      ok: true,
      value: { signoff: 'returned', event: { comment: 'Too low', actorId: 'sen' } },
    });
    expect(decidePart(plan(), submitted, junior, null, 'approved', '', AT)).toMatchObject({
      ok: true,
      value: { signoff: 'approved', event: { actorId: null } },
    });
  });

  it('a Senior approves their own part on their own, not another Senior’s', () => {
    expect(decidePart(plan(), part('sen'), senior, senior, 'approved', '', AT)).toMatchObject({
      ok: true,
      value: { signoff: 'approved' },
    });
    expect(decidePart(plan(), part('sen'), senior, otherSenior, 'approved', '', AT)).toMatchObject({
      ok: false,
      error: 'plans.error.seniorDecidesOwn',
    });
  });

  it('the team plan is approved only when every Junior’s part is approved', () => {
    const submitted = submitPlan(plan({ teamTargetCents: 24 }), senior, AT);
    expect(submitted).toMatchObject({ ok: true, value: { state: 'submitted' } });
    const p = (submitted as { value: SalesPlan }).value;
    const sen = part('sen', { signoff: 'approved' });
    expect(decidePlan(p, [part('jun'), sen], members, otherSenior, 'approved', '', AT)).toEqual({
      ok: false,
      error: 'plans.error.juniorPartsOpen',
    });
    const approved = decidePlan(
      p,
      [part('jun', { signoff: 'approved' }), sen],
      members,
      otherSenior,
      'approved',
      '',
      AT,
    );
    expect(approved).toMatchObject({ ok: true, value: { state: 'approved' } });
    expect((approved as { value: SalesPlan }).value.history.map((e) => e.action)).toEqual([
      'submitted',
      'approved',
    ]);
    expect(submitPlan(plan(), junior, AT)).toMatchObject({ ok: false });
  });

  describe('approving the team plan', () => {
    // Two parts of 12 each: the plan adds up at a team target of 24.
    const done = [part('jun', { signoff: 'approved' }), part('sen', { signoff: 'approved' })];
    const submittedBy = (actor: typeof senior | null, teamTargetCents = 24) =>
      (submitPlan(plan({ teamTargetCents }), actor, AT) as { value: SalesPlan }).value;
    const cases: Array<{
      name: string;
      plan: SalesPlan;
      targets: PlanTarget[];
      actor: typeof senior | null;
      withGap?: boolean;
      error: string | null;
    }> = [
      {
        name: 'another Senior, parts approved, no gap',
        plan: submittedBy(senior),
        targets: done,
        actor: otherSenior,
        error: null,
      },
      {
        name: 'the Senior who submitted it',
        plan: submittedBy(senior),
        targets: done,
        actor: senior,
        error: 'plans.error.ownSubmission',
      },
      {
        name: 'the lead who submitted it',
        plan: submittedBy(null),
        targets: done,
        actor: null,
        error: 'plans.error.ownSubmission',
      },
      {
        name: 'a Senior’s own part still open',
        plan: submittedBy(senior),
        targets: [done[0]!, part('sen')],
        actor: otherSenior,
        error: 'plans.error.partsOpen',
      },
      {
        name: 'a gap to the team target',
        plan: submittedBy(senior, 30),
        targets: done,
        actor: otherSenior,
        error: 'plans.error.gapOpen',
      },
      {
        name: 'a Senior cannot approve with a gap',
        plan: submittedBy(senior, 30),
        targets: done,
        actor: otherSenior,
        withGap: true,
        error: 'plans.error.gapOpen',
      },
      {
        name: 'the lead approves with the gap, explicitly',
        plan: submittedBy(senior, 30),
        targets: done,
        actor: null,
        withGap: true,
        error: null,
      },
      {
        name: 'the lead without saying so',
        plan: submittedBy(senior, 30),
        targets: done,
        actor: null,
        error: 'plans.error.gapOpen',
      },
    ];
    it.each(cases)('$name', ({ plan: p, targets, actor, withGap, error }) => {
      const result = decidePlan(p, targets, members, actor, 'approved', '', AT, withGap);
      expect(result.ok ? null : result.error).toBe(error);
    });

    it('records the gap the lead approved with', () => {
      const result = decidePlan(
        submittedBy(senior, 30),
        done,
        members,
        null,
        'approved',
        '',
        AT,
        true,
      );
      expect(result.ok && result.value.history.at(-1)).toMatchObject({
        action: 'approved',
        gapCents: 6,
      });
    });
  });

  it('an approved plan is locked; changing it starts a new draft version', () => {
    const approved = plan({ state: 'approved' });
    expect(mayEditPlan(approved, senior)).toBe(false);
    expect(mayEditTarget(approved, part('jun'), null)).toBe(false);
    const next = nextVersion(approved, [part('jun', { signoff: 'approved' })], 'p2', senior, AT);
    expect(next).toMatchObject({
      ok: true,
      value: {
        plan: { id: 'p2', version: 2, state: 'draft' },
        targets: [{ planId: 'p2', signoff: 'open' }],
      },
    });
    expect(nextVersion(plan(), [], 'p3', senior, AT)).toMatchObject({ ok: false });
  });

  it('a Junior edits only their own open part; submitted parts are frozen', () => {
    expect(mayEditTarget(plan(), part('jun'), junior)).toBe(true);
    expect(mayEditTarget(plan(), part('sen'), junior)).toBe(false);
    expect(mayEditTarget(plan(), part('jun', { signoff: 'submitted' }), junior)).toBe(false);
    expect(mayEditTarget(plan(), part('jun', { signoff: 'returned' }), junior)).toBe(true);
    expect(mayEditPlan(plan(), junior)).toBe(false);
  });
});

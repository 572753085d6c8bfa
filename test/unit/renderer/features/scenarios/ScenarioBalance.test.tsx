import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubResizeObserver } from '../../layout-stub';
import type { TeamMember } from '@shared/domain/team-member';
import type { BalanceExplanation } from '@shared/scenario/scenario';
import type { MemberLoad } from '@shared/territory/balance';
import { ScenarioBalance } from '@renderer/features/scenarios/ScenarioBalance';
import { useAppStore } from '@renderer/store/app-store';

beforeAll(() => stubResizeObserver());

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const members = ids.map((id): TeamMember => ({
  id,
  name: `Member ${id.toUpperCase()}`,
  nameKey: id,
  email: '',
  level: 'senior',
  supervisorId: null,
  capacity: 100,
  hireDate: '2020-01-01',
  homeRegion: '',
  active: true,
}));
const loads = new Map(
  ids.map((id, i): [string, MemberLoad] => [
    id,
    {
      memberId: id,
      accounts: 10 + i,
      potentialCents: 1_000_00 * (i + 1),
      priorYearRevenueCents: 0,
      workload: 50 + i,
    },
  ]),
);
const explanation = {
  target: 'workload',
  tolerance: 0.05,
  members: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    before: 1,
    after: 1,
    workBefore: 1,
    workAfter: 1,
    reason: null,
  })),
} as unknown as BalanceExplanation;

describe('a balanced scenario’s Balance tab', () => {
  it('opens on the metric and the members that were balanced; the whole team is one click away', async () => {
    useAppStore.getState().setBalanceMetric('potential');
    render(
      <ScenarioBalance
        before={loads}
        after={loads}
        members={members}
        balanced={explanation}
        tolerance={0.05}
        labels={{ before: 'Live', after: 'Balanced' }}
      />,
    );
    expect(screen.getByLabelText('Balance by')).toHaveValue('workload');
    const bars = () => document.querySelectorAll('.recharts-bar-rectangle').length;
    expect(bars()).toBe(2 * 4);
    await userEvent
      .setup()
      .click(screen.getByRole('checkbox', { name: 'Only the members that were balanced (4)' }));
    expect(bars()).toBe(2 * 6);
  });
});

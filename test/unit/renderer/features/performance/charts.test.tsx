import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubResizeObserver } from '../../layout-stub';
import type { TeamMember } from '@shared/domain/team-member';
import { fiscalMonths } from '@shared/planning/fiscal-year';
import { teamMonths } from '@shared/performance/forecast';
import { varianceReport } from '@shared/performance/report';
import { memberYears } from '@shared/performance/variance';
import { AttainmentChart } from '@renderer/features/performance/charts/AttainmentChart';
import { CareChart } from '@renderer/features/performance/charts/CareChart';
import { CumulativeChart } from '@renderer/features/performance/charts/CumulativeChart';
import { NO_CONTEXT, periodFileTag } from '@renderer/features/performance/performance-format';
import { createTranslator } from '@shared/i18n/translate';
import type { PerformanceData } from '@renderer/features/performance/use-performance';
import { useAppStore } from '@renderer/store/app-store';

beforeAll(() => stubResizeObserver());

const member = (id: string, name: string, level: 'junior' | 'senior'): TeamMember => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  email: '',
  level,
  supervisorId: level === 'junior' ? 's' : null,
  capacity: 100,
  hireDate: '2020-01-01',
  homeRegion: '',
  active: true,
});

function performance(withTargets: boolean, withActuals: boolean): PerformanceData {
  const months = fiscalMonths(2026, 1);
  const members = [member('j', 'Jana Junior', 'junior'), member('s', 'Sven Senior', 'senior')];
  const targets = new Map(
    withTargets
      ? [
          ['j', Array(12).fill(100_000)],
          ['s', Array(12).fill(300_000)],
        ]
      : [],
  );
  const actuals = withActuals
    ? months.slice(0, 6).flatMap((month) => [
        { memberId: 'j', month, newBusinessCents: 50_000, existingBusinessCents: 70_000 },
        { memberId: 's', month, newBusinessCents: 0, existingBusinessCents: 240_000 },
      ])
    : [];
  const years = memberYears(['j', 's'], targets, actuals, months);
  return {
    fiscalYear: 2026,
    startMonth: 1,
    months,
    closed: 6,
    plan: null,
    members,
    years,
    team: teamMonths(years),
    byId: new Map(members.map((m) => [m.id, m])),
    fiscalYears: [2026],
  };
}

const rowsOf = (data: PerformanceData) =>
  varianceReport(data.years, { kind: 'ytd', index: 0 }, data.closed, 'member', NO_CONTEXT).rows;

describe('performance charts', () => {
  it('draws attainment bars with a legend, and lists every member in the table alternative', async () => {
    const user = userEvent.setup();
    const data = performance(true, true);
    const { container } = render(
      <AttainmentChart data={data} rows={rowsOf(data)} fileTag="FY2026_YTD" />,
    );
    const chart = screen.getByRole('img', { name: 'Attainment by member' });
    expect(chart.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(within(chart).getByText('Junior')).toBeInTheDocument();
    expect(within(chart).getByText('Senior')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = within(container).getByRole('table');
    // Jana: 720,000 of 600,000 → 120.0 %, first; Sven 80.0 %.
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Jana Junior.*120\.0%$/),
      expect.stringMatching(/^Sven Senior.*80\.0%$/),
    ]);
  });

  it('opens a member from the table alternative, by keyboard', async () => {
    const user = userEvent.setup();
    const data = performance(true, true);
    render(<AttainmentChart data={data} rows={rowsOf(data)} fileTag="FY2026_YTD" />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    screen.getByRole('button', { name: 'Sven Senior' }).focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().performanceMemberId).toBe('s');
  });

  it('says why there is nothing to chart instead of drawing empty axes', () => {
    const data = performance(false, true);
    render(<AttainmentChart data={data} rows={rowsOf(data)} fileTag="FY2026_YTD" />);
    expect(screen.getByText(/No member has a target in this period/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save as PNG …' })).toBeNull();
  });

  it('draws cumulative plan and achieved, and is empty without plan and revenue', () => {
    const data = performance(true, true);
    const { unmount } = render(
      <CumulativeChart data={data} year={data.team} title="Team" forecast />,
    );
    const chart = screen.getByRole('img', { name: 'Team' });
    expect(chart.querySelectorAll('.recharts-line')).toHaveLength(3);
    expect(screen.getByText(/the year ends at €43,200.00/)).toBeInTheDocument();
    unmount();
    const none = performance(false, false);
    render(<CumulativeChart data={none} year={none.team} title="Team" />);
    expect(screen.getByText(/neither a target nor revenue/)).toBeInTheDocument();
  });

  it('shows customer care per member, and says so when nobody owns accounts', () => {
    const data = performance(true, true);
    const care = new Map([
      [
        'j',
        {
          memberId: 'j',
          accounts: 3,
          byStatus: { prospect: 1, new: 0, existing: 0, regular: 2 },
          satisfaction: 4.5,
          rated: 2,
        },
      ],
    ]);
    const { unmount } = render(<CareChart data={data} care={care} />);
    expect(
      screen.getByRole('img').querySelectorAll('.recharts-bar-rectangle').length,
    ).toBeGreaterThan(0);
    unmount();
    render(<CareChart data={data} care={new Map()} />);
    expect(screen.getByText('No member owns accounts yet.')).toBeInTheDocument();
  });
});

describe('picture file names', () => {
  it('name the fiscal year and the period shown, in the UI language', () => {
    const data = { fiscalYear: 2026, startMonth: 4, months: fiscalMonths(2026, 4) };
    const en = createTranslator('en');
    expect(periodFileTag(data, { kind: 'quarter', index: 3 }, en)).toBe('FY2026-27_Q4');
    expect(periodFileTag(data, { kind: 'month', index: 0 }, en)).toBe('FY2026-27_2026-04');
    expect(periodFileTag(data, null, createTranslator('de'))).toBe('GJ2026-27');
  });
});

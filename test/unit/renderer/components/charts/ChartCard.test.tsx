import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartCard } from '@renderer/components/charts/ChartCard';

describe('chart card', () => {
  it('builds the table alternative only when it is asked for', async () => {
    const user = userEvent.setup();
    const table = vi.fn(() => (
      <table>
        <tbody>
          <tr>
            <td>Jana Junior</td>
          </tr>
        </tbody>
      </table>
    ));
    render(
      <ChartCard
        title="Attainment"
        description="Attainment by member"
        fileBase="attainment"
        legend={[]}
        empty={null}
        chart={<svg />}
        table={table}
      />,
    );
    // Hundreds of formatted rows are not built for a chart that is only looked at.
    expect(table).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('cell', { name: 'Jana Junior' })).toBeInTheDocument();
    expect(table).toHaveBeenCalled();
  });
});

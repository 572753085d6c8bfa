import { act, render } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '@renderer/app/after-paint';

/** A costly part (a chart) that records every value it is drawn with. */
function setup() {
  const drawn: number[] = [];
  const waits: Array<() => void> = [];
  const wait = () => new Promise<void>((resolve) => waits.push(resolve));
  const Chart = memo(function Chart({ value }: { value: number }) {
    drawn.push(value);
    return <span>{value}</span>;
  });
  function Host({ value }: { value: number }) {
    return <Chart value={useAfterPaint(value, wait)} />;
  }
  /** Lets the newest waiting value be shown, as a painted frame would. */
  const paint = () => waits.pop()!();
  return { drawn, Host, paint };
}

describe('useAfterPaint', () => {
  it('shows a new value once the frame before it has been painted', async () => {
    const { drawn, Host, paint } = setup();
    const view = render(<Host value={1} />);
    await act(async () => view.rerender(<Host value={2} />));
    expect(view.container.textContent).toBe('1');
    await act(async () => paint());
    expect(view.container.textContent).toBe('2');
    expect(drawn).toEqual([1, 2]);
  });

  it('never draws a value that was out of date before it was shown', async () => {
    const { drawn, Host, paint } = setup();
    const view = render(<Host value={1} />);
    await act(async () => view.rerender(<Host value={2} />));
    // The frame is painted and the chart for 2 is on its way, when the next input brings 3.
    await act(async () => {
      paint();
      await Promise.resolve();
      view.rerender(<Host value={3} />);
    });
    expect(view.container.textContent).toBe('1');
    await act(async () => paint());
    expect(view.container.textContent).toBe('3');
    expect(drawn).toEqual([1, 3]);
  });
});

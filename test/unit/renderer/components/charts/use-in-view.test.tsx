import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInView } from '@renderer/components/charts/use-in-view';

/** Idle callbacks run only when the test says the app is idle. */
let idle: Array<() => void> = [];
/** The observers, to report an element scrolled into view. */
let observers: Array<{ callback: IntersectionObserverCallback; elements: Element[] }> = [];

function Card({ name }: { name: string }) {
  const [watch, seen] = useInView();
  return <div ref={watch}>{seen ? `${name} drawn` : `${name} waiting`}</div>;
}

const renderThree = () =>
  render(
    <>
      <Card name="first" />
      <Card name="second" />
      <Card name="third" />
    </>,
  );

const drawn = () => screen.queryAllByText(/drawn$/).map((e) => e.textContent);

async function idleOnce() {
  const next = idle.shift();
  await act(async () => next?.());
}

async function scrollTo(name: string) {
  const element = screen.getByText(new RegExp(`^${name} `));
  const observer = observers.find((o) => o.elements.includes(element))!;
  await act(async () =>
    observer.callback(
      [{ isIntersecting: true, target: element } as unknown as IntersectionObserverEntry],
      observer as unknown as IntersectionObserver,
    ),
  );
}

describe('charts drawn in view or ahead when idle', () => {
  beforeEach(() => {
    idle = [];
    observers = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        elements: Element[] = [];
        constructor(public callback: IntersectionObserverCallback) {
          observers.push(this);
        }
        observe(element: Element) {
          this.elements.push(element);
        }
        disconnect() {
          observers = observers.filter((o) => o !== this);
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws the waiting charts one per idle moment, in page order', async () => {
    renderThree();
    expect(drawn()).toEqual([]);
    await idleOnce();
    expect(drawn()).toEqual(['first drawn']);
    await idleOnce();
    expect(drawn()).toEqual(['first drawn', 'second drawn']);
    await idleOnce();
    expect(drawn()).toEqual(['first drawn', 'second drawn', 'third drawn']);
    expect(idle).toEqual([]);
  });

  it('draws a chart scrolled into view at once, and the idle ones skip it', async () => {
    renderThree();
    await scrollTo('third');
    expect(drawn()).toEqual(['third drawn']);
    await idleOnce();
    await idleOnce();
    expect(drawn()).toEqual(['first drawn', 'second drawn', 'third drawn']);
  });

  it('forgets a chart that left the page', async () => {
    const { rerender } = render(
      <>
        <Card name="first" />
        <Card name="second" />
      </>,
    );
    rerender(<Card name="second" key="only" />);
    while (idle.length > 0) await idleOnce();
    expect(drawn()).toEqual(['second drawn']);
  });
});

import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '@renderer/app/when-idle';

/** Cards not drawn yet, in the order they mounted (the page's order): drawn ahead when idle. */
const waiting: Array<() => void> = [];
let pending: (() => void) | null = null;

/** Draws the next waiting card once the app is idle; each drawn card asks for the next. */
function drawNextWhenIdle(): void {
  if (pending || waiting.length === 0) return;
  pending = whenIdle(() => {
    pending = null;
    waiting.shift()?.();
  });
}

/**
 * Becomes true once the watched element comes near the viewport, or earlier, when the app is
 * idle: a screen of six charts paints the ones in view first, then draws the others one by
 * one while nobody is waiting, so scrolling finds them drawn. Drawing is a transition, cut
 * into slices, so a click or a key never waits for a chart. Without IntersectionObserver
 * (tests) everything counts as in view. Returns a ref callback.
 */
export function useInView(eager = false): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [seen, setSeen] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (seen || !element) return;
    const draw = () => startTransition(() => setSeen(true));
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) draw();
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    waiting.push(draw);
    drawNextWhenIdle();
    return () => {
      observer.disconnect();
      const at = waiting.indexOf(draw);
      if (at >= 0) waiting.splice(at, 1);
    };
  }, [element, seen]);
  // A card drawn (ahead or in view): the next one waits for the next idle moment.
  useEffect(() => {
    if (seen) drawNextWhenIdle();
  }, [seen]);
  return [setElement, seen];
}

import { useEffect, useState } from 'react';

/**
 * Becomes true once the watched element comes near the viewport, and stays true. A screen of
 * six charts paints the ones in view first instead of all six in one long frame; without
 * IntersectionObserver (tests) everything counts as in view. Returns a ref callback.
 */
export function useInView(eager = false): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [seen, setSeen] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen]);
  return [setElement, seen];
}

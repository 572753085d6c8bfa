/**
 * jsdom lays nothing out: charts' containers report this fixed size instead, so recharts
 * draws its bars and axes. Call from `beforeAll`.
 */
export function stubResizeObserver(width = 800, height = 300): void {
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const entry = { target, contentRect: { width, height } } as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
}

import type { Page } from '@playwright/test';

/**
 * Clicks a button (found by its visible text inside `scope`) and returns the time until
 * `expectedHeading` is on screen and the next frame has been painted (double rAF), all
 * timed inside the page so Playwright's own latency is not part of the figure.
 */
export function timeClickToPaint(
  page: Page,
  scope: string,
  buttonText: string,
  expectedHeading: string,
): Promise<number> {
  return page.evaluate(
    async ([scopeSelector, text, heading]) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const button = [
        ...document.querySelectorAll<HTMLButtonElement>(`${scopeSelector} button`),
      ].find((b) => b.textContent?.trim() === text);
      if (!button) throw new Error(`no button “${text}”`);
      const start = performance.now();
      button.click();
      const deadline = start + 10_000;
      while ([...document.querySelectorAll('h1')].every((h) => h.textContent?.trim() !== heading)) {
        if (performance.now() > deadline) throw new Error(`“${heading}” never appeared`);
        await frame();
      }
      await frame();
      await frame();
      return performance.now() - start;
    },
    [scope, buttonText, expectedHeading] as const,
  );
}

import type { Page } from '@playwright/test';

/**
 * Clicks a button (found by its visible text inside `scope`) and returns the time until
 * `expectedHeading` is on screen and that frame has been painted, all timed inside the page so
 * Playwright's own latency is not part of the figure.
 *
 * "Painted", here and in every interaction figure: the change is checked in each frame's
 * requestAnimationFrame callback; in the first frame that shows it, a message posted from that
 * callback arrives once the frame's style, layout and paint are done (the "next paint" that
 * Interaction to Next Paint measures). The end is that message's arrival.
 */
export function timeClickToPaint(
  page: Page,
  scope: string,
  buttonText: string,
  expectedHeading: string,
  /** Also wait for this element: the screen's content, not only its heading (a loading state). */
  content = '',
  /** How long the screen may take (a first load of every account takes seconds). */
  limitMs = 10_000,
): Promise<number> {
  return page.evaluate(
    async ([scopeSelector, text, heading, shown, limit]) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const painted = () =>
        new Promise<number>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      const button = [
        ...document.querySelectorAll<HTMLButtonElement>(`${scopeSelector} button`),
      ].find((b) => b.textContent?.trim() === text);
      if (!button) throw new Error(`no button “${text}”`);
      const start = performance.now();
      button.click();
      const deadline = start + limit;
      await frame();
      while (
        [...document.querySelectorAll('h1')].every((h) => h.textContent?.trim() !== heading) ||
        (shown && !document.querySelector(shown))
      ) {
        if (performance.now() > deadline) throw new Error(`“${heading}” never appeared`);
        await frame();
      }
      return (await painted()) - start;
    },
    [scope, buttonText, expectedHeading, content, limitMs] as const,
  );
}

/** Types `text` into the accounts search and times until the shown count changes and paints. */
export function timeAccountSearch(page: Page, text: string): Promise<number> {
  return page.evaluate(async (value) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const painted = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const subtitle = document.querySelector('.subtitle')!;
    const before = subtitle.textContent;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    while (subtitle.textContent === before) {
      if (performance.now() - start > 10_000) throw new Error('the count never changed');
      await frame();
    }
    return (await painted()) - start;
  }, text);
}

/** Clicks a sortable column header and times until the table shows the new order, painted. */
export function timeAccountSort(page: Page, column: string): Promise<number> {
  return page.evaluate(async (label) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const painted = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    const button = [...document.querySelectorAll<HTMLButtonElement>('thead button')].find((b) =>
      b.textContent?.startsWith(label),
    )!;
    const firstRow = () => document.querySelector('tbody tr:not([aria-hidden]) th')?.textContent;
    const before = firstRow();
    const start = performance.now();
    button.click();
    await frame();
    while (firstRow() === before) {
      if (performance.now() - start > 10_000) throw new Error('the order never changed');
      await frame();
    }
    return (await painted()) - start;
  }, column);
}

/**
 * Scrolls the accounts table by one page and returns the longest frame until the new rows are
 * painted: from the frame's start (its rAF time, before the scroll is handled) to the end of its
 * paint. Under 16.7 ms no frame of the scroll is dropped.
 */
export function timeAccountScroll(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const painted = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    const scroller = document.querySelector<HTMLElement>('[data-testid="accounts-scroll"]')!;
    // The row under the sticky header, as drawn: overscan rows above it do not count.
    const firstRow = () => {
      const box = scroller.getBoundingClientRect();
      return document.elementFromPoint(box.left + 150, box.top + 60)?.closest('tr')?.textContent;
    };
    const before = firstRow();
    await frame();
    const start = performance.now();
    scroller.scrollTop += scroller.clientHeight;
    let longest = 0;
    for (;;) {
      const frameStart = await frame();
      const shown = firstRow() !== before;
      longest = Math.max(longest, (await painted()) - frameStart);
      if (shown) return longest;
      if (performance.now() - start > 10_000) throw new Error('no new rows');
    }
  });
}

/**
 * A trivial state change on the same page, input to painted result: opening the accounts
 * table's "Columns" menu (one small component renders). What every other figure is compared
 * with, so a ratio stays comparable between a fast and a slow machine.
 */
export function timeNoOpToggle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const painted = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    const summary = document.querySelector<HTMLElement>('.column-choice summary')!;
    const menu = () => document.querySelector('.column-choice-menu');
    if (menu()) {
      summary.click();
      while (menu()) await frame();
    }
    await frame();
    const start = performance.now();
    summary.click();
    await frame();
    while (!menu()) {
      if (performance.now() - start > 10_000) throw new Error('the menu never opened');
      await frame();
    }
    const end = await painted();
    summary.click();
    return end - start;
  });
}

/** Clicks a button and times until `selector`'s text changes, then one painted frame. */
export function timeClickUntilChanged(
  page: Page,
  buttonText: string,
  selector: string,
): Promise<number> {
  return page.evaluate(
    async ([text, watched]) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const painted = () =>
        new Promise<number>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      const button = [...document.querySelectorAll<HTMLElement>('button, label')].find(
        (b) => b.textContent?.trim() === text,
      );
      if (!button) throw new Error(`no control “${text}”`);
      const read = () => document.querySelector(watched)?.textContent;
      const before = read();
      const start = performance.now();
      button.click();
      await frame();
      while (read() === before) {
        if (performance.now() - start > 20_000) throw new Error(`${watched} never changed`);
        await frame();
      }
      return (await painted()) - start;
    },
    [buttonText, selector] as const,
  );
}

/**
 * Waits until the app has settled after the previous step: every change saved to disk and the
 * main thread idle. Interactions are timed on a settled app, as a person meets it between
 * two steps; the cost of saving itself is `journal.longtask`.
 */
export async function settled(page: Page): Promise<void> {
  await page.getByRole('status').getByText('Alle Änderungen gespeichert').waitFor();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), {
          timeout: 2_000,
        }),
      ),
  );
  await page.getByRole('status').getByText('Alle Änderungen gespeichert').waitFor();
}

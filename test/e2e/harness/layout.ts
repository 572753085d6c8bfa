import type { Page } from '@playwright/test';

/**
 * What a user at the default window size (1280×800) would find cut off or out of place: the page
 * or the content area scrolling sideways, a control reaching past the card it sits in, a heading
 * or label pushed out of view, a form label centred. Content inside a container that scrolls
 * sideways on purpose (a wide table with its first column frozen) is reachable and not reported.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${text}”`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1)
      problems.push(
        `the content area scrolls sideways (${main.scrollWidth} > ${main.clientWidth} px)`,
      );
    const scrollsSideways = (el: Element | null) => {
      for (let at = el?.parentElement; at && at !== main; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    const controls = document.querySelectorAll(
      'main button, main select, main input, main textarea, main label, main h1, main h2, main h3',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || scrollsSideways(el)) continue;
      const card = el.parentElement?.closest('.card, .panel, section, aside, main');
      const frame = card?.getBoundingClientRect();
      if (frame && box.right > frame.right + 1)
        problems.push(
          `${describe(el)} reaches ${Math.round(box.right - frame.right)} px past its card`,
        );
      else if (box.right > window.innerWidth + 1) problems.push(`${describe(el)} is cut off`);
      const centresColumn = (style: CSSStyleDeclaration | null) =>
        !!style?.display.includes('flex') &&
        style.flexDirection === 'column' &&
        style.alignItems === 'center';
      const centredInColumn =
        centresColumn(el.parentElement ? getComputedStyle(el.parentElement) : null) ||
        centresColumn(getComputedStyle(el));
      if (
        el.tagName === 'LABEL' &&
        (getComputedStyle(el).textAlign === 'center' || centredInColumn)
      )
        problems.push(`${describe(el)} is centred`);
    }
    // A notice is read where it appears: nothing may cover it.
    for (const notice of document.querySelectorAll('.notice')) {
      const box = notice.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
      if (box.width > 0 && top && !notice.contains(top))
        problems.push(`${describe(notice)} is covered by ${describe(top)}`);
    }
    // A table wider than its frame scrolls sideways; its first column must stay in view.
    for (const frame of document.querySelectorAll('main .table-scroll')) {
      if (frame.scrollWidth <= frame.clientWidth + 1) continue;
      const first = frame.querySelector('tbody tr > :first-child');
      if (first && getComputedStyle(first).position !== 'sticky')
        problems.push(
          `${describe(frame.querySelector('table') ?? frame)} scrolls its first column away`,
        );
    }
    return problems;
  });
}

/**
 * Scrolls a table's frame fully to the right and says where a cell of its first row is then,
 * relative to the frame's left edge (a frozen column stays where it was).
 */
export async function leftAfterScrolling(page: Page, frame: string, cell: string): Promise<number> {
  return page.evaluate(
    ([frameSelector, cellSelector]) => {
      const box = document.querySelector(frameSelector!)!;
      box.scrollLeft = box.scrollWidth;
      const target = box.querySelector(cellSelector!)!;
      return Math.round(target.getBoundingClientRect().left - box.getBoundingClientRect().left);
    },
    [frame, cell],
  );
}

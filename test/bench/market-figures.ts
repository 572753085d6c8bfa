import type { Page } from '@playwright/test';
import { percentile, round, type Row } from './figures';

const row = (id: string, size: string, samples: number[]): Row => {
  const p95 = percentile(samples, 95);
  return {
    id,
    size,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(p95),
    target: 'p95 < 200 ms',
    met: p95 < 200,
    runs: samples.length,
    samples: samples.map((v) => round(v)),
  };
};

/**
 * Market analysis at full size: `market.view` from the navigation click to the painted white-
 * space table; `market.regroup` from choosing another grouping to the repainted table (each
 * grouping walks all accounts again).
 */
export async function marketFigures(page: Page, size: string, runs: number): Promise<Row[]> {
  const views: number[] = [];
  const regroups: number[] = [];
  const groupings = ['territory', 'segment', 'member', 'zone2', 'region', 'zone1'];
  for (let run = 0; run < runs; run += 1) {
    views.push(
      await page.evaluate(async () => {
        const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
        const painted = () =>
          new Promise<number>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          });
        const click = (text: string) =>
          [...document.querySelectorAll<HTMLButtonElement>('nav button')]
            .find((b) => b.textContent?.trim() === text)!
            .click();
        click('Team');
        await frame();
        while (document.querySelector('h1')?.textContent !== 'Team') await frame();
        await frame();
        const start = performance.now();
        click('Marktanalyse');
        await frame();
        while (!document.querySelector('.market-page table[aria-label] tbody tr')) {
          if (performance.now() - start > 60_000) throw new Error('the market never showed');
          await frame();
        }
        return (await painted()) - start;
      }),
    );
    regroups.push(
      await page.evaluate(
        async (grouping) => {
          const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
          const painted = () =>
            new Promise<number>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now());
              channel.port2.postMessage(null);
            });
          const select = document.querySelector<HTMLSelectElement>('#market-grouping')!;
          const heading = () => document.querySelector('.market-page thead th')?.textContent;
          const before = heading();
          const start = performance.now();
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(
            select,
            grouping,
          );
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await frame();
          while (heading() === before) {
            if (performance.now() - start > 20_000) throw new Error('the grouping never changed');
            await frame();
          }
          return (await painted()) - start;
        },
        groupings[run % groupings.length]!,
      ),
    );
  }
  return [row('market.view', size, views), row('market.regroup', size, regroups)];
}

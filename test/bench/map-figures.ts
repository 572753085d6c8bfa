import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { readPostalMap } from '@shared/geo/postal-map';
import { percentile, round, type Row } from './figures';
import { profiled } from './profile';

const timed = (id: string, size: string, samples: number[], limit: number, what = ''): Row => {
  const p95 = percentile(samples, 95);
  return {
    id,
    size: what ? `${size} (${what})` : size,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(p95),
    target: `p95 < ${limit} ms`,
    met: p95 < limit,
    runs: samples.length,
    samples: samples.map((v) => round(v)),
  };
};

/**
 * Runs `act` in the page and returns the time from it to the end of the next painted map frame
 * (`stp:map:painted`, measured by the canvas after it drew), plus `frames` more frames.
 */
async function untilPainted(page: Page, act: string, arg: string, frames = 1): Promise<number> {
  return page.evaluate(
    async ([action, value, extra]) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const painted = () => {
        const entry = performance.getEntriesByName('stp:map:painted').at(-1);
        return entry ? entry.startTime + entry.duration : 0;
      };
      const before = painted();
      const start = performance.now();
      const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas canvas')!;
      if (action === 'key') {
        canvas.dispatchEvent(new KeyboardEvent('keydown', { key: value, bubbles: true }));
      } else if (action === 'select') {
        const select = document.querySelector<HTMLSelectElement>('#map-colouring')!;
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(
          select,
          value,
        );
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        [...document.querySelectorAll<HTMLButtonElement>('nav button')]
          .find((b) => b.textContent?.trim().startsWith(value))!
          .click();
      }
      while (painted() <= before || painted() < start) {
        if (performance.now() - start > 60_000)
          throw new Error(`the map never painted (${action})`);
        await frame();
      }
      const end = painted();
      for (let i = 0; i < extra; i += 1) await frame();
      return extra > 0 ? performance.now() - start : end - start;
    },
    [act, arg, frames] as const,
  );
}

/** Two-digit zones in the south whose postal areas add up to about `wanted`. */
function zonesFor(wanted: number): { prefixes: string[]; areas: number } {
  const map = readPostalMap(
    JSON.parse(readFileSync('assets/geo/postal-areas.json', 'utf8')) as PostalMapData,
  );
  const counts = new Map<string, number>();
  for (const code of map.codes)
    counts.set(code.slice(0, 2), (counts.get(code.slice(0, 2)) ?? 0) + 1);
  const prefixes: string[] = [];
  let areas = 0;
  for (const [prefix, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    // The south (busy demo regions); skip a zone that would overshoot by much.
    if (prefix < '80' || areas + count > wanted * 1.15) continue;
    prefixes.push(prefix);
    areas += count;
    if (areas >= wanted * 0.9) break;
  }
  return { prefixes, areas };
}

/**
 * The territory map at full size (German UI), zoomed into a territory: `map.open` from the
 * navigation click to the
 * painted map in territory colours; `map.recolour` from choosing a metric to the repainted map;
 * `map.pan` and `map.zoom` from an arrow or +/− key to the painted frame; `map.select_assign`
 * from "Änderung zeigen" for about 200 selected areas to the painted preview of who moves.
 */
export async function mapFigures(
  context: BrowserContext,
  page: Page,
  size: string,
  runs: number,
): Promise<Row[]> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: /^Gebiete/ })
    .click();
  await page.getByRole('tab', { name: 'Karte' }).click();
  await page.locator('.map-canvas canvas[data-view]').waitFor({ timeout: 120_000 });
  // Zoomed into one territory, where a planner works: every later open, pan and zoom draws at
  // that scale, with the areas' own edges (the whole country is the lighter case).
  const canvas = page.locator('.map-canvas canvas');
  const items = page.locator('.tree .tree-item');
  for (let item = 1; ; item += 1) {
    // The first territory whose areas are on the map (a region or an empty territory is not).
    const before = await canvas.getAttribute('data-view');
    await items.nth(item).click();
    const zoomed = await page
      .waitForFunction(
        (view) => document.querySelector('.map-canvas canvas')?.getAttribute('data-view') !== view,
        before,
        { timeout: 3_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (zoomed) break;
    if (item === 10) throw new Error('no territory in the tree zoomed the map');
  }

  const opens: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: /^Team/ })
      .click();
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    opens.push(
      await profiled(context, page, `map-open-${run + 1}`, () =>
        untilPainted(page, 'nav', 'Gebiete', 1),
      ),
    );
  }

  const metrics = ['whiteSpace', 'potential', 'revenue', 'penetration', 'workload', 'territory'];
  const recolours: number[] = [];
  for (let run = 0; run < runs; run += 1)
    recolours.push(
      await profiled(context, page, `map-recolour-${run + 1}`, () =>
        untilPainted(page, 'select', metrics[run % metrics.length]!, 0),
      ),
    );
  await untilPainted(page, 'select', 'territory', 0).catch(() => 0);

  const pans: number[] = [];
  const zooms: number[] = [];
  for (let run = 0; run < runs * 2; run += 1) {
    pans.push(
      await profiled(context, page, `map-pan-${run + 1}`, () =>
        untilPainted(page, 'key', run % 2 ? 'ArrowLeft' : 'ArrowRight', 0),
      ),
    );
    zooms.push(
      await profiled(context, page, `map-zoom-${run + 1}`, () =>
        untilPainted(page, 'key', run % 2 ? '-' : '+', 0),
      ),
    );
  }

  const { prefixes, areas } = zonesFor(200);
  const selection = page.getByRole('region', { name: /ausgewählt$/ });
  await selection.getByLabel('Postleitzahlen auswählen').fill(prefixes.join(' '));
  await selection.getByRole('button', { name: 'Auswählen', exact: true }).click();
  await selection.getByRole('heading', { name: `${areas} PLZ-Gebiete ausgewählt` }).waitFor();
  const target = selection.getByLabel('Auswahl zuordnen zu');
  const options = await target.locator('option').allTextContents();
  const assigning: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A different territory each time: the whole selection moves to it.
    await target.selectOption({ label: options[1 + (run % (options.length - 2))]! });
    assigning.push(
      await profiled(context, page, `map-assign-${run + 1}`, () =>
        page.evaluate(async () => {
          const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
          const button = [
            ...document.querySelectorAll<HTMLButtonElement>('.map-selection button'),
          ].find((b) => b.textContent?.trim() === 'Änderung zeigen')!;
          const start = performance.now();
          button.click();
          const preview = () =>
            [...document.querySelectorAll('.map-selection section')].find((s) =>
              /wechseln Gebiet oder Betreuung|wechselt Gebiet oder Betreuung|Keine Kund\*in wechselt/.test(
                s.textContent ?? '',
              ),
            );
          while (!preview()) {
            if (performance.now() - start > 60_000) throw new Error('the preview never showed');
            await frame();
          }
          await frame();
          await frame();
          return performance.now() - start;
        }),
      ),
    );
  }
  await selection.getByRole('button', { name: 'Auswahl aufheben' }).click();

  return [
    timed('map.open', size, opens, 300),
    timed('map.recolour', size, recolours, 100),
    timed('map.pan', size, pans, 33, 'key to painted frame'),
    timed('map.zoom', size, zooms, 33, 'key to painted frame'),
    timed('map.select_assign', size, assigning, 200, `${areas} areas`),
  ];
}

/** The map data's chunk, gzipped: what the first map adds to the app's download. */
export function mapDataRow(): Row {
  const dir = path.resolve('out/renderer/assets');
  const file = readdirSync(dir).find((name) => /^postal-areas-.*\.js$/.test(name));
  if (!file) throw new Error('no postal-areas chunk in out/renderer/assets: build first');
  const kb = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length / 1024;
  return {
    id: 'map.data_gzip',
    size: '—',
    value: round(kb),
    unit: 'KB (loaded when a map first opens)',
    target: '≤ 400 KB',
    met: kb <= 400,
  };
}

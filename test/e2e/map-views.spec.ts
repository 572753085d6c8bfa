import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { nav } from './harness/navigate';
import { map, screenPointOf } from './harness/postal-map';

/** A PNG file's pixel size, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Saves the map on screen as PNG: a picture of the canvas with title and legend, twice as sharp. */
async function savesMapPicture(page: Page, canvas: Locator, saved: string[], base: string) {
  const name = new RegExp(`${base}_\\d{4}-\\d{2}-\\d{2}\\.png`);
  const box = (await canvas.boundingBox())!;
  await page
    .getByRole('group', { name: 'Map controls' })
    .getByRole('button', { name: 'Save as PNG …' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
  const file = saved.at(-1)!;
  expect(file).toMatch(new RegExp(`${name.source}$`));
  const { width, height } = pngSize(file);
  // 16 px margins on each side, at twice the screen's pixels; title and legend above and below.
  expect(width).toBe(Math.ceil((Math.round(box.width) + 32) * 2));
  expect(height).toBeGreaterThan(Math.round(box.height) * 2);
}

test('a map selection as a call list and a PNG; the market’s white-space map opens an area’s accounts', async ({
  launchApp,
  dialogs,
}) => {
  const { page } = await launchApp();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await nav(page, 'Territories');
  await page.getByRole('tab', { name: 'Map' }).click();
  const canvas = page.getByRole('img', { name: 'Map of postal areas: Territory' });
  await expect(canvas).toBeVisible();

  // Munich by typed prefix: the call list holds exactly the accounts the selection counts.
  const selection = page.getByRole('region', { name: /^(No areas|\d[\d,]* areas?) selected$/ });
  await selection.getByLabel('Select postal codes').fill('803');
  await selection.getByRole('button', { name: 'Select', exact: true }).click();
  const munich = map.codes.filter((code) => code.startsWith('803'));
  await expect(selection.getByRole('heading')).toHaveText(`${munich.length} areas selected`);
  const counted = Number(
    /(\d[\d,]*) accounts? in them/.exec((await selection.textContent())!)![1]!.replace(/,/g, ''),
  );
  expect(counted).toBeGreaterThan(0);
  await selection.getByRole('button', { name: 'Call list of the selection …' }).click();
  await expect(page.getByRole('status').filter({ hasText: /call-list-map_.*\.csv/ })).toBeVisible();
  const lines = readFileSync(dialogs.saved.at(-1)!, 'utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    '\ufeffCustomer number,Name,Postal code,City,Segment,Status,Owner,Potential,Revenue last year,Untapped',
  );
  expect(lines).toHaveLength(counted + 1);
  const rows = lines.slice(1).map((line) => line.split(','));
  for (const row of rows) expect(munich).toContain(row[2]);
  const untapped = rows.map((row) => Number(row.at(-1)));
  expect(untapped).toEqual([...untapped].sort((a, b) => b - a));

  await savesMapPicture(page, canvas, dialogs.saved, 'territory-map');

  // Market analysis: the first picture is white space by postal area.
  await nav(page, 'Market');
  await page.getByRole('tab', { name: 'Pictures' }).click();
  const marketMap = page.getByRole('region', { name: 'White space by postal area' });
  const marketCanvas = marketMap.getByRole('img', {
    name: 'Map of postal areas: Untapped potential (white space)',
  });
  await expect(marketCanvas).toBeVisible();
  await expect(marketMap.getByRole('region', { name: 'Legend' }).getByText(/^from /)).toHaveCount(
    7,
  );
  // Closer in on Munich (double-click zooms there), then click an area with accounts.
  const code = rows[0]![2]!;
  for (let zoom = 0; zoom < 4; zoom += 1) {
    const before = await marketCanvas.getAttribute('data-view');
    await page.mouse.dblclick(...(await screenPointOf(page, code)));
    await expect(marketCanvas).not.toHaveAttribute('data-view', before!);
  }
  await page.mouse.click(...(await screenPointOf(page, code)));
  const area = marketMap.getByRole('region', { name: new RegExp(`^${code} `) });
  await expect(area).toBeVisible();
  const inArea = Number(
    /(\d+) accounts?/.exec((await area.locator('p').first().textContent())!)![1],
  );
  expect(inArea).toBeGreaterThan(0);
  const accounts = area.getByRole('table', { name: 'Accounts, most untapped potential first' });
  await expect(accounts.locator('tbody tr')).toHaveCount(inArea);
  for (const place of await accounts.locator('tbody tr td:nth-child(3)').allTextContents())
    expect(place).toMatch(new RegExp(`^${code} `));
  await area.getByRole('button', { name: 'Close' }).click();
  await expect(area).toHaveCount(0);
});

test('a scenario on the map: affected areas pointed out, before and after, as a picture', async ({
  launchApp,
  dialogs,
}) => {
  const { page } = await launchApp();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await nav(page, 'Territories');
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Even out').selectOption({ label: 'Potential' });
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByRole('button', { name: 'Propose a scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible();
  const moved = Number((await page.getByTestId('moved-accounts').textContent())!.replace(/,/g, ''));
  expect(moved).toBeGreaterThan(0);

  await page
    .getByRole('tablist', { name: 'Scenario views' })
    .getByRole('tab', { name: 'Map' })
    .click();
  const canvas = page.getByRole('img', { name: /^Map of postal areas: After/ });
  await expect(canvas).toBeVisible();
  // Every demo account is on the map: the accounts in the affected areas are all that move.
  const summary = page.getByTestId('scenario-map-moved');
  await expect(summary).toContainText(
    `postal areas are affected: their territory or owner changes, or accounts in them get a new owner (${moved.toLocaleString('en-GB')} accounts in all).`,
  );
  const areas = Number(
    /^(\d[\d,]*) postal areas/.exec((await summary.textContent())!)![1]!.replace(/,/g, ''),
  );
  const table = page.getByRole('region', { name: 'Postal areas affected' });
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(areas, 200));
  const perArea = (await table.locator('tbody tr td:last-child').allTextContents()).map(Number);
  expect(perArea.every((n) => n >= 0)).toBe(true);
  if (areas <= 200) expect(perArea.reduce((a, b) => a + b, 0)).toBe(moved);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Affected');

  await page.getByRole('radio', { name: /^Before/ }).check();
  await expect(page.getByRole('img', { name: /^Map of postal areas: Before/ })).toBeVisible();
  await savesMapPicture(
    page,
    page.getByRole('img', { name: /^Map of postal areas: Before/ }),
    dialogs.saved,
    'scenario-map',
  );
});

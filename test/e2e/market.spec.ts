import { readFileSync } from 'node:fs';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { expect, test } from './harness/fixtures';
import { nav } from './harness/navigate';

/** The demo's region with the most untapped potential, worked out from the generator alone. */
function largestWhiteSpace() {
  const data = generateWorkspace({ asOf: new Date().toISOString().slice(0, 10) });
  const parent = new Map(data.territories.map((t) => [t.id, t.parentId]));
  const sums = new Map<string, { potential: number; revenue: number }>();
  for (const a of data.accounts) {
    let region = a.territoryId;
    while (region && parent.get(region)) region = parent.get(region)!;
    if (!region) continue;
    const sum = sums.get(region) ?? { potential: 0, revenue: 0 };
    sum.potential += a.potentialCents;
    sum.revenue += a.priorYearRevenueCents;
    sums.set(region, sum);
  }
  const [id] = [...sums].sort(
    ([, x], [, y]) => y.potential - y.revenue - (x.potential - x.revenue),
  )[0]!;
  return data.territories.find((t) => t.id === id)!.name;
}

test('the region with the most white space: drill down, call list, assign three accounts to a Senior', async ({
  launchApp,
  dialogs,
}) => {
  const region = largestWhiteSpace();
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  const senior = (await page
    .getByRole('row')
    .filter({ has: page.getByText('Senior', { exact: true }) })
    .first()
    .getByRole('rowheader')
    .textContent())!;

  await nav(page, 'Market');
  await page.getByLabel('Group by').selectOption('region');
  const table = page.getByRole('table', { name: 'Potential, revenue and white space' });
  await expect(table.locator('thead th').first()).toHaveText('Region');
  await expect(table.getByRole('columnheader', { name: 'Untapped' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // Sorted by untapped potential: the first region is the one worked out above.
  await expect(table.getByRole('rowheader').first()).toHaveText(region);
  await table.getByRole('button', { name: region }).click();
  await expect(page.getByRole('navigation', { name: 'Drill-down' })).toContainText(region);
  await expect(table.locator('thead th').first()).toHaveText('Territory');
  const territory = (await table.getByRole('rowheader').first().textContent())!;
  await table.getByRole('button', { name: territory }).click();

  // The accounts, most untapped first: choose three, take a call list, assign them.
  const accounts = page.getByRole('table', { name: 'Accounts, most untapped potential first' });
  const rows = accounts.locator('tbody tr');
  const names: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const name = (await rows.nth(i).getByRole('rowheader').textContent())!;
    names.push(name.replace(/\s*K-\d+$/, '').trim());
    await rows.nth(i).getByRole('checkbox').check();
  }
  await expect(page.getByText('3 chosen')).toBeVisible();
  // The demo's plan is approved and there is no draft: marking targets is not offered, and
  // the screen says why (it was enabled and then failed).
  await expect(page.getByRole('button', { name: 'Mark as new-business targets' })).toBeDisabled();
  await expect(
    page.getByText(
      'There is no draft sales plan for this or next fiscal year: start one in Sales plans first.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Call list …' }).click();
  await expect(page.getByRole('status').filter({ hasText: /call-list_.*\.csv/ })).toBeVisible();
  const lines = readFileSync(dialogs.saved.at(-1)!, 'utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    '\ufeffCustomer number,Name,Postal code,City,Segment,Status,Owner,Potential,Revenue last year,Untapped',
  );
  expect(lines).toHaveLength(4);
  lines.slice(1).forEach((line, i) => expect(line).toContain(`,${names[i]},`));
  const untapped = lines.slice(1).map((l) => Number(l.split(',').at(-1)));
  expect(untapped).toEqual([...untapped].sort((a, b) => b - a));

  await page.getByLabel('Assign to').selectOption({ label: `${senior} (Senior)` });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `3 accounts assigned to ${senior}.` }),
  ).toBeVisible();
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toContainText(senior);
  }

  // The pictures: the concentration is said in words, the heat table has every zone.
  await page.getByRole('tab', { name: 'Pictures' }).click();
  await expect(page.getByRole('region', { name: 'Revenue concentration (Pareto)' })).toContainText(
    /\d+ customers \(\d+ %\) make 80 % of last year’s revenue/,
  );
  await expect(
    page.getByRole('table', { name: 'Penetration by postal zone and segment' }).locator('tbody tr'),
  ).toHaveCount(10);

  // ABC from revenue: previewed, then applied by the team lead (undoable).
  await page.getByRole('tab', { name: 'ABC classification' }).click();
  const summary = page.getByTestId('abc-summary');
  await expect(summary).toHaveText(/^[\d,]+ accounts would change segment\.$/);
  const count = (await summary.textContent())!.split(' ')[0]!;
  await page.getByLabel('A up to (%)').fill('90');
  await page.getByLabel('A up to (%)').fill('80');
  await page.getByRole('button', { name: 'Apply classification' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${count} accounts re-classified.` }),
  ).toBeVisible();
  await expect(summary).toHaveText('Every account already has this segment.');
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(summary).toHaveText(`${count} accounts would change segment.`);
});

import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, nav } from './harness/navigate';
import { codesInside, lassoAround, map, screenPointOf } from './harness/postal-map';

async function openMap(page: Page) {
  await nav(page, 'Territories');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('img', { name: 'Map of postal areas: Territory' })).toBeVisible();
}

test('the map: recolour by white space, zoom to a region, lasso Munich into a new Junior’s territory, undo', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior } = await juniorAndSenior(page);
  await openMap(page);
  // Every demo account has a real postal code: none is off the map.
  await expect(page.getByText(/not on the map/)).toHaveCount(0);

  await page.getByLabel('Colour by').selectOption({ label: 'Untapped potential (white space)' });
  const canvas = page.getByRole('img', {
    name: 'Map of postal areas: Untapped potential (white space)',
  });
  await expect(canvas).toBeVisible();
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('No accounts');
  await expect(legend.getByText(/^from /)).toHaveCount(7);

  // The region Süd from the tree: the view closes in on Bavaria and Baden-Württemberg.
  const wholeView = await canvas.getAttribute('data-view');
  await page
    .getByRole('navigation', { name: 'Regions and territories' })
    .getByRole('button', { name: /^Süd no owner/ })
    .click();
  await expect(canvas).not.toHaveAttribute('data-view', wholeView!);
  const table = page.getByRole('region', { name: 'Areas in view' });
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  // Only the south is in view now: no Berlin or Hamburg codes in the table.
  const listed = await table.getByRole('rowheader').allTextContents();
  expect(listed.some((code) => /^[12]/.test(code))).toBe(false);

  const shape = await lassoAround(page, await screenPointOf(page, '80331'), 60);
  const expected = codesInside(shape);
  expect(expected.length).toBeGreaterThan(20);
  const selection = page.getByRole('region', { name: /^(No areas|\d[\d,]* areas?) selected$/ });
  await expect(selection.getByRole('heading')).toHaveText(`${expected.length} areas selected`);

  // Into a new territory, owned by a Junior: the rule editor's own preview.
  await selection.getByLabel('Assign the selection to').selectOption({ label: 'A new territory' });
  await selection.getByRole('button', { name: 'Show the change' }).click();
  await expect(selection).toContainText(/Rules added to New territory: 80/);
  await selection
    .getByLabel('Owner', { exact: true })
    .selectOption({ label: `${junior} (Junior)` });
  const preview = selection.getByRole('region', { name: 'What changes' });
  await expect(preview).toContainText(/\d+ accounts change territory or owner\./);
  const moved = Number(
    /(\d[\d,]*) accounts change/.exec((await preview.textContent())!)![1]!.replace(/,/g, ''),
  );
  await expect(preview).toContainText(new RegExp(`\\d+ from .+ to ${junior}`));
  await selection.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'New territory changed;' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No areas selected' })).toBeVisible();

  // The new territory holds exactly the accounts the preview named (tree), and its areas show
  // it with its owner (table; a typed code puts the area at the top).
  const tree = page.getByRole('navigation', { name: 'Regions and territories' });
  await expect(tree.getByRole('button', { name: /^New territory/ })).toContainText(
    `${junior} · ${moved.toLocaleString('en')} accounts`,
  );
  // Made while the region Süd was chosen in the tree, the new territory is one of Süd's.
  const names = await tree.getByRole('button').allTextContents();
  const at = (prefix: string) => names.findIndex((name) => name.startsWith(prefix));
  expect(at('New territory')).toBeGreaterThan(at('Süd'));
  expect(at('New territory')).toBeLessThan(at('West'));
  await page.getByLabel('Colour by').selectOption({ label: 'Territory' });
  await selection.getByLabel('Select postal codes').fill(expected[0]!);
  await selection.getByRole('button', { name: 'Select', exact: true }).click();
  await expect(selection.getByRole('heading')).toHaveText('1 area selected');
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: expected[0]! }) });
  await expect(row).toContainText('New territory');
  await expect(row).toContainText(junior);

  // Undo takes the assignment back; the new territory itself stays until undone too.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone: change to New territory' }),
  ).toBeVisible();
  await expect(row).not.toContainText(junior);
  await expect(tree.getByRole('button', { name: /^New territory/ })).toContainText(
    'no owner · 0 accounts',
  );
});

test('acting as a Junior, a lasso assignment becomes a proposal for their Senior', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await openMap(page);
  const selection = page.getByRole('region', { name: /^(No areas|\d[\d,]* areas?) selected$/ });
  const ost1 = page
    .getByRole('navigation', { name: 'Regions and territories' })
    .getByRole('button', { name: /^Ost 1/ });
  const ost1Before = await ost1.textContent();
  // The keyboard route: typed codes instead of a lasso.
  await selection.getByLabel('Select postal codes').fill('803 99999x');
  await selection.getByRole('button', { name: 'Select', exact: true }).click();
  const munich = map.codes.filter((code) => code.startsWith('803'));
  await expect(selection.getByRole('heading')).toHaveText(`${munich.length} areas selected`);
  await expect(selection).toContainText('Not on the map: 99999x');
  await selection.getByLabel('Assign the selection to').selectOption({ label: 'Ost 1' });
  await selection.getByRole('button', { name: 'Show the change' }).click();
  await expect(selection).toContainText('Rules added to Ost 1: 803');
  await selection.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Sent to ${senior} for approval.` }),
  ).toBeVisible();
  // Nothing moved until the Senior decides.
  await expect(ost1).toHaveText(ost1Before!);
});

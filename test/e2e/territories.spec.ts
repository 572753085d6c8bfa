import { expect, test } from './harness/fixtures';

test('re-draw a territory’s postal rules: preview, apply, balance changes, undo', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Territories' })
    .click();

  const tree = page.getByRole('navigation', { name: 'Regions and territories' });
  await tree.getByRole('button', { name: /^Süd 2/ }).click();
  const editor = page.getByRole('region', { name: 'What changes' });
  await expect(editor).toContainText('No account changes territory or owner.');
  const rules = page.getByLabel('Postal-code rules');
  const before = await rules.inputValue();
  const owner = await page
    .getByLabel('Owner', { exact: true })
    .locator('option:checked')
    .textContent();
  const ownerName = owner!.replace(/ \((Junior|Senior)\)$/, '');

  await page.getByRole('radio', { name: 'Accounts' }).check();
  const balanceRow = page.locator('.balance-table tr').filter({ hasText: ownerName });
  const countBefore = Number(
    (await balanceRow.locator('td').first().textContent())!.replace(/\D/g, ''),
  );

  // Re-draw: the territory keeps a single exact code instead of its prefixes.
  await rules.fill('99999\n8x-9');
  await expect(
    page.getByText('“8x-9” is not a rule: use digits, one dash for a range'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  // While a rule is unreadable there is no preview of the others alone.
  await expect(editor).toContainText('Correct the rules marked above to see what changes.');
  await expect(editor).not.toContainText(/accounts change territory or owner/);
  // The old rules typed on one line with spaces: the same rules, nothing moves (once read
  // as one prefix "8081…", emptying the territory).
  await rules.fill(before.split('\n').join(' '));
  await expect(editor).toContainText('No account changes territory or owner.');
  await rules.fill('99999');
  await expect(editor).toContainText(/\d+ accounts change territory or owner\./);
  await expect(editor).toContainText(new RegExp(`\\d+ from ${ownerName} to Unassigned`));
  const moved = Number(
    (await editor.locator('li').first().textContent())!.split(' ')[0]!.replace(/\D/g, ''),
  );
  expect(moved).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Süd 2 changed; ` })).toBeVisible();
  await expect(balanceRow.locator('td').first()).toHaveText(String(countBefore - moved));
  await expect(page.getByText(/accounts unassigned/)).not.toContainText(' 0 accounts unassigned');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone: change to Süd 2' }),
  ).toBeVisible();
  await expect(balanceRow.locator('td').first()).toHaveText(String(countBefore));
  await expect(rules).toHaveValue(before);

  // Undo survives switching screens; redo brings the change back.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Team' })
    .click();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Territories' })
    .click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(balanceRow.locator('td').first()).toHaveText(String(countBefore - moved));
});

test('switching the balance metric redraws the table and the chart', async ({ launchApp }) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await page.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Gebiete' })
    .click();
  await expect(page.getByTestId('balance-mean')).toContainText('€');
  // A bar's tooltip names the metric and shows the amount as the table does (not "value : 4.133.116").
  const tooltip = page.locator('.recharts-tooltip-wrapper');
  await page.locator('.recharts-bar-rectangle').first().hover();
  await expect(tooltip).toContainText(/Potenzial : [\d.]+,\d\d\s€/);
  await page.getByRole('radio', { name: 'Arbeitslast (Besuche/Jahr)' }).check();
  await expect(page.getByTestId('balance-mean')).not.toContainText('€');
  await expect(page.getByRole('img', { name: /Arbeitslast/ })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(12);
  await page.locator('.recharts-bar-rectangle').nth(1).hover();
  await expect(tooltip).toContainText(/Arbeitslast \(Besuche\/Jahr\) : [\d.]+$/);
});

test('the assignment exports to a CSV file through main’s save dialog', async ({
  launchApp,
  dialogs,
}) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp({ locale: 'de-DE' });
  await page.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Gebiete' })
    .click();
  await page.getByRole('button', { name: 'Zuordnung exportieren …' }).click();
  const notice = page
    .getByRole('status')
    .filter({ hasText: /„Gebietszuordnung_\d{4}-\d{2}-\d{2}\.csv“ gespeichert/ });
  await expect(notice).toBeVisible();
  const csv = readFileSync(dialogs.saved.at(-1)!, 'utf8');
  await notice.getByRole('button', { name: 'Im Ordner zeigen' }).click();
  expect(dialogs.shown).toEqual([dialogs.saved.at(-1)]);
  const lines = csv.split('\r\n');
  expect(csv.startsWith('\ufeffKundennr.;Kund*in;PLZ;Ort;Gebiet;Region;Betreuung;')).toBe(true);
  expect(lines.filter(Boolean)).toHaveLength(2001);
  expect(lines[1]).toMatch(
    /^K-\d+;.+;\d{5};.+;(Nord|Ost|West|Süd) \d;(Nord|Ost|West|Süd);.+;(Junior|Senior);(ja|nein);\d+,\d{2}$/,
  );
});

test('a new territory takes a postal prefix from its neighbours; Ctrl+Z takes it back', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Territories' })
    .click();
  const tree = page.getByRole('navigation', { name: 'Regions and territories' });
  await tree.getByRole('button', { name: /^Süd 1/ }).click();
  await page.getByRole('button', { name: 'Add territory' }).click();
  await expect(tree.getByRole('button', { name: /^New territory/ })).toBeVisible();
  // A name that is taken, or too long to fit anywhere, is refused with a message.
  const apply = page.getByRole('button', { name: 'Apply' });
  await page.getByLabel('Name', { exact: true }).fill('süd 1');
  await expect(page.getByText('That name is taken already; names must differ.')).toBeVisible();
  await page.getByLabel('Postal-code rules').fill('80000-80499');
  await expect(apply).toBeDisabled();
  await page.getByLabel('Name', { exact: true }).fill('M'.repeat(81));
  await expect(page.getByText('Names have at most 80 characters.')).toBeVisible();
  await expect(apply).toBeDisabled();
  await page.getByLabel('Postal-code rules').fill('');
  await page.getByLabel('Name', { exact: true }).fill('München Mitte');
  await page.getByLabel('Owner', { exact: true }).selectOption({ index: 1 });
  const owner = (await page
    .getByLabel('Owner', { exact: true })
    .locator('option:checked')
    .textContent())!.replace(/ \(.*\)$/, '');
  await page.getByLabel('Postal-code rules').fill('80000-80499');
  const preview = page.getByRole('region', { name: 'What changes' });
  await expect(preview).toContainText(new RegExp(`\\d+ from .+ to ${owner}`));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(tree.getByRole('button', { name: /^München Mitte/ })).toContainText(owner);
  await expect(tree.getByRole('button', { name: /^München Mitte/ })).not.toContainText(
    ' 0 accounts',
  );

  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone: change to München Mitte' }),
  ).toBeVisible();
  await expect(tree.getByRole('button', { name: /^New territory/ })).toContainText(' 0 accounts');
  // Another new territory beside it gets a name of its own.
  await page.getByRole('button', { name: 'Add territory' }).click();
  await expect(tree.getByRole('button', { name: /^New territory 2/ })).toBeVisible();
});

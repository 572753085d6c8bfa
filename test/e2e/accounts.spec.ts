import { expect, test } from './harness/fixtures';
import { loadWorkbook } from '../helpers/load-workbook';

test('accounts: 2,000 demo accounts, filtered, sorted, edited with field messages', async ({
  launchApp,
}) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await page.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Kund*innen' }).click();
  await expect(page.getByText('2.000 von 2.000 Kund*innen')).toBeVisible();
  const rendered = await page.locator('tbody tr:not([aria-hidden])').count();
  expect(rendered).toBeLessThan(80);

  await page.getByLabel('Segment').selectOption('A');
  await expect(page.getByText(/^\d+ von 2\.000 Kund\*innen$/)).toBeVisible();
  const countA = Number(
    (await page.getByText(/von 2\.000 Kund\*innen/).textContent())!.split(' ')[0]!.replace('.', ''),
  );
  expect(countA).toBeGreaterThan(100);
  expect(countA).toBeLessThan(400);

  await page.getByRole('button', { name: 'Potenzial/Jahr' }).click();
  await expect(page.getByRole('columnheader', { name: /Potenzial/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const first = await page.locator('tbody tr:not([aria-hidden]) td.numeric').first().textContent();
  const second = await page
    .locator('tbody tr:not([aria-hidden])')
    .nth(1)
    .locator('td.numeric')
    .first()
    .textContent();
  const euros = (s: string | null) => Number(s!.replace(/[^\d,]/g, '').replace(',', '.'));
  expect(euros(first)).toBeGreaterThanOrEqual(euros(second));

  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await page.getByRole('button', { name: 'Kund*in hinzufügen' }).click();
  const panel = page.getByRole('complementary');
  await panel.getByLabel('Kundennummer').fill('K-999001');
  await panel.getByLabel('Name').fill('Bäckerei Süß GmbH');
  await panel.getByLabel('Postleitzahl').fill('8033');
  await panel.getByLabel('Potenzial pro Jahr (EUR)').fill('12.500,50');
  await panel.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    panel.getByText('Deutsche Postleitzahlen haben fünf Ziffern, z. B. 80331.'),
  ).toBeVisible();
  await panel.getByLabel('Postleitzahl').fill('80331');
  await expect(panel.getByText(/^Gebiet: Süd/)).toBeVisible();
  await panel.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('2.001 von 2.001 Kund*innen')).toBeVisible();
  await page.getByRole('searchbox').fill('Bäckerei Süß');
  const row = page.getByRole('row').filter({ hasText: 'Bäckerei Süß GmbH' });
  await expect(row).toContainText('12.500,50 €');
  await expect(row).toContainText('80331 ');

  // Adding an account is undoable from the keyboard, like every change.
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('0 von 2.000 Kund*innen')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('1 von 2.001 Kund*innen')).toBeVisible();

  // Deleting asks where it can be seen and answered by keyboard, and tells the truth: Ctrl+Z
  // brings the account back (it once said "cannot be undone").
  await row.getByRole('button', { name: 'Bäckerei Süß GmbH' }).click();
  await page.getByRole('complementary').getByRole('button', { name: 'Löschen' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(
    'Bäckerei Süß GmbH löschen? Rückgängig (Strg+Z) holt es zurück.',
  );
  const confirm = question.getByRole('button', { name: 'Löschen' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 von 2.000 Kund*innen')).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('1 von 2.001 Kund*innen')).toBeVisible();
});

test('the filtered accounts export in the chosen export format, in the order shown', async ({
  launchApp,
  dialogs,
}) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp({ locale: 'en-GB' });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Accounts' }).click();
  await page.getByLabel('Segment').selectOption('A');
  const shown = Number(
    (await page.getByText(/ of 2,000 accounts/).textContent())!.split(' ')[0]!.replace(',', ''),
  );
  // English UI: Excel (English) unless chosen otherwise; here RFC 4180.
  const format = page.getByLabel('Export format');
  await expect(format).toHaveValue('excel-en');
  await format.selectOption('rfc4180');
  await page.getByRole('button', { name: 'Export …' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Saved “accounts_\d{4}-\d{2}-\d{2}\.csv”/ }),
  ).toBeVisible();
  const csv = readFileSync(dialogs.saved.at(-1)!, 'utf8');
  expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'Customer no.,Name,Postal code,City,Segment,Strategic,Potential (EUR),Prior-year revenue (EUR),Status,Satisfaction,Territory,Owner',
  );
  expect(lines).toHaveLength(shown + 1);
  expect(lines.slice(1).every((line) => /^K-\d+,/.test(line) && line.includes(',A,'))).toBe(true);
  expect(lines[1]).toMatch(/,\d+\.\d{2},\d+\.\d{2},/);
  const firstShown = await page.locator('tbody tr:not([aria-hidden]) th').first().textContent();
  // The first row on screen (name, customer number) is the first row of the file.
  expect(lines[1]!.startsWith(`${/K-\d+$/.exec(firstShown!.trim())![0]},`)).toBe(true);
});

test('at 1280×800 the customer, owner, territory and ⚠ are in view; more columns scroll beside a frozen customer; the choice is kept', async ({
  launchApp,
}) => {
  const { page } = await launchApp({ locale: 'en-GB' });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Accounts' }).click();
  const frame = page.getByTestId('accounts-scroll');
  await expect(frame.locator('tbody tr').nth(5)).toBeVisible();
  const inFrame = (name: string) =>
    frame.evaluate((box, header) => {
      const th = [...box.querySelectorAll('thead th')].find((h) => h.textContent === header);
      const [outer, cell] = [box.getBoundingClientRect(), th?.getBoundingClientRect()];
      return !!cell && cell.left >= outer.left && cell.right <= outer.right;
    }, name);
  for (const header of ['Customer ▲', 'Owner', 'Territory'])
    expect(await inFrame(header)).toBe(true);
  // The default columns fit the window: nothing to scroll sideways for.
  expect(await frame.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(1);
  // A Large account with a Junior is flagged beside its name.
  await page.getByLabel('Segment').selectOption('A');
  await page.getByLabel('Owner').selectOption({ index: 2 });
  const flagged = frame.locator('tbody .name-cell .flag');
  const rows = frame.locator('tbody tr:not([aria-hidden])');
  if ((await flagged.count()) > 0) await expect(flagged.first()).toBeInViewport();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows.nth(5)).toBeVisible();

  // Every column: the table scrolls sideways, the customer stays where it was.
  await page.getByText('Columns', { exact: true }).click();
  for (const column of ['Prior-year revenue', 'Satisfaction'])
    await page.getByRole('checkbox', { name: column }).check();
  await expect(frame.getByRole('columnheader', { name: 'Satisfaction' })).toBeAttached();
  const customerLeft = () =>
    frame.evaluate((box) => {
      const cell = box.querySelector('tbody tr:not([aria-hidden]) .name-cell')!;
      return Math.round(cell.getBoundingClientRect().left - box.getBoundingClientRect().left);
    });
  const before = await customerLeft();
  const scrolled = await frame.evaluate((box) => {
    box.scrollLeft = box.scrollWidth;
    return box.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(0);
  expect(await customerLeft()).toBe(before);

  // The choice is this computer's and survives a reload; "Default columns" brings the default.
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Accounts' }).click();
  await expect(frame.getByRole('columnheader', { name: 'Satisfaction' })).toBeAttached();
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('button', { name: 'Default columns' }).click();
  await expect(frame.getByRole('columnheader', { name: 'Satisfaction' })).not.toBeAttached();
  await page.getByRole('checkbox', { name: 'Owner' }).uncheck();
  await expect(frame.getByRole('columnheader', { name: 'Owner' })).not.toBeAttached();
  // A click elsewhere closes the menu, as any menu closes.
  await page.getByRole('heading', { name: 'Accounts' }).click();
  await expect(page.getByRole('checkbox', { name: 'Owner' })).toHaveCount(0);
});

test('the accounts export as an Excel workbook: typed cells, the sheet named in the UI language', async ({
  launchApp,
  dialogs,
}) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp({ locale: 'de-DE' });
  await page.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Kund*innen' }).click();
  await page.getByLabel('Exportformat').selectOption('xlsx');
  await page.getByRole('button', { name: 'Exportieren …' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /„Kund_innen_\d{4}-\d{2}-\d{2}\.xlsx“ gespeichert/ }),
  ).toBeVisible();
  const book = await loadWorkbook(readFileSync(dialogs.saved.at(-1)!));
  const sheet = book.getWorksheet('Kund_innen')!;
  expect(sheet.rowCount).toBe(2_001);
  expect(sheet.getRow(1).getCell(1).value).toBe('Kundennummer');
  const postalCodes = sheet.getColumn(3).values.slice(2);
  // Postal codes are text, five digits each, leading zeros kept.
  expect(postalCodes.every((v) => typeof v === 'string' && /^\d{5}$/.test(v))).toBe(true);
  const potentials = sheet.getColumn(7).values.slice(2);
  expect(potentials.every((v) => typeof v === 'number')).toBe(true);
  expect(sheet.getColumn(7).numFmt).toContain('€');
});

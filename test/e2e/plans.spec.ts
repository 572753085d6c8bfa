import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, nav } from './harness/navigate';

const gridRow = (page: Page, name: string) =>
  page
    .getByRole('grid')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });

test('plan for next year: allocate by potential, adjust, re-allocate, seasonality, Junior submits, Senior approves, CSV', async ({
  launchApp,
  dialogs,
}) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);

  await nav(page, 'Sales plans');
  await expect(page.getByLabel('Plan', { exact: true })).toContainText(
    'FY 2026 · version 1 · Approved',
  );
  await page.getByRole('button', { name: 'New plan for fiscal year 2027' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan for fiscal year 2027 created.' }),
  ).toBeVisible();

  // Allocate 12 million by share of potential: fully allocated, no gap.
  await page.getByLabel('Team target (EUR/year)').fill('12,000,000');
  await page.getByLabel('Allocation').selectOption({ label: 'Share of potential' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  // The demo team has new hires: their ramp is a visible gap until it is given to the others.
  await expect(page.getByTestId('plan-gap')).not.toContainText('None');
  await expect(page.getByText(/not redistributed \(part of the gap\)/)).toBeVisible();
  await page.getByLabel(/Give what new hires cannot reach/).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('plan-gap')).toContainText('None — fully allocated');
  await expect(page.getByText(/shared among the fully productive members/)).toBeVisible();
  await expect(page.getByRole('grid').locator('tfoot')).toContainText('12,000,000.00');

  // Adjust one member by keyboard: their January becomes their own target.
  await gridRow(page, junior).getByRole('gridcell').first().click();
  await page.keyboard.type('50000');
  await page.keyboard.press('Enter');
  await expect(gridRow(page, junior)).toContainText('own target');
  await expect(gridRow(page, junior).getByRole('gridcell').first()).toHaveText('50,000.00');
  await expect(page.getByTestId('plan-gap')).toContainText('None — fully allocated');

  // Re-allocate a new team target: the adjustment is kept, the gap stays zero.
  await page.getByLabel('Team target (EUR/year)').fill('13,000,000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('grid').locator('tfoot')).toContainText('13,000,000.00');
  await expect(gridRow(page, junior).getByRole('gridcell').first()).toHaveText('50,000.00');
  await expect(page.getByTestId('plan-gap')).toContainText('None — fully allocated');

  // An own target above the team target is said in words, with who is left at zero; undone.
  await expect(page.getByTestId('plan-over-allocated')).toHaveCount(0);
  await gridRow(page, junior).getByRole('gridcell').first().click();
  await page.keyboard.type('20000000');
  await page.keyboard.press('Enter');
  const over = page.getByTestId('plan-over-allocated');
  await expect(over).toContainText(/Over-allocated by €7,[\d,.]+: own targets add up to €20,/);
  await expect(over).toContainText(`${senior}`);
  await expect(over).toContainText('get nothing while no target remains for them');
  await page.keyboard.press('Control+z');
  await expect(over).toHaveCount(0);
  await expect(gridRow(page, junior).getByRole('gridcell').first()).toHaveText('50,000.00');
  await expect(page.getByTestId('plan-gap')).toContainText('None — fully allocated');

  // Seasonality: 100 % or nothing; then the profile from last year's actuals.
  const january = page.getByLabel(/^Jan.* %$/).first();
  await january.fill('40');
  await expect(
    page.getByRole('alert').filter({ hasText: 'must add up to exactly 100 %' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply profile' })).toBeDisabled();
  await page.getByLabel('Profile').selectOption({ label: 'From the last 12 months of actuals' });
  await expect(page.getByText('Sum: 100.00 %')).toBeVisible();
  await page.getByRole('button', { name: 'Apply profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Seasonality applied' })).toBeVisible();
  await expect(page.getByTestId('plan-gap')).toContainText('None — fully allocated');

  // The Junior submits their own targets; the team plan is theirs to leave alone.
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Sales plans');
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  await page.getByRole('button', { name: `Submit my targets to ${senior}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  await expect(page.getByText('Waiting for Senior')).toBeVisible();

  // Their Senior finds it in the one approval inbox and approves it on the plan; the team
  // plan still waits for the other Juniors.
  await actAs(page, `${senior} (Senior Sales Manager)`);
  await nav(page, 'Approvals');
  await expect(
    page.getByRole('heading', {
      name: new RegExp(`${junior} submitted their targets for FY 2027`),
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open the plan' }).click();
  await page.getByRole('button', { name: `Approve (${junior})` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    `${senior} approved the targets of ${junior}`,
  );
  await page.getByRole('button', { name: 'Submit team plan' }).click();
  await page.getByRole('button', { name: 'Approve team plan' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Every Junior’s targets must be approved' }),
  ).toBeVisible();

  // Export: member × month with the new/existing split and the team's totals.
  await page.getByRole('button', { name: 'Export plan …' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /sales-plan-2027-v1_.*\.csv/ }),
  ).toBeVisible();
  const csv = readFileSync(dialogs.saved.at(-1)!, 'utf8');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    '\ufeffMember,Level,2027-01 (EUR),2027-02 (EUR),2027-03 (EUR),2027-04 (EUR),2027-05 (EUR),2027-06 (EUR),2027-07 (EUR),2027-08 (EUR),2027-09 (EUR),2027-10 (EUR),2027-11 (EUR),2027-12 (EUR),Year,New business,Existing business',
  );
  const juniorLine = lines.find((l) => l.startsWith(`${junior},Junior,50000.00,`))!;
  expect(juniorLine).toBeTruthy();
  const cells = juniorLine.split(',');
  const months = cells.slice(2, 14).map((c) => Math.round(Number(c) * 100));
  const [year, fresh, existing] = cells.slice(14).map((c) => Math.round(Number(c) * 100));
  expect(months.reduce((a, b) => a + b, 0)).toBe(year);
  expect(fresh! + existing!).toBe(year);
  expect(lines.at(-1)).toMatch(/^Team total,,.*,13000000\.00,\d+\.\d{2},\d+\.\d{2}$/);
});

test('the plan grid takes a pasted block from a German spreadsheet, copies back, and undoes it', async ({
  launchApp,
}) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await page.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Vertriebspläne' })
    .click();
  await page.getByRole('button', { name: 'Neuer Plan für Geschäftsjahr 2027' }).click();
  // The demo's approved 2026 plan was on screen until the new draft replaced it.
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan für Geschäftsjahr 2027 angelegt.' }),
  ).toBeVisible();
  const first = page.locator('#plan-cell-0-0');
  const before = await first.textContent();

  // An amount over the one upper bound is refused with the bound, and the cell stays open
  // with what was typed: nothing is lost, Escape gives the old value back.
  await first.click();
  await page.keyboard.type('90.000.000.000.000,00');
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /ist zu groß: Beträge gehen bis 10\.000\.000\.000,00/ }),
  ).toBeVisible();
  await expect(first.getByRole('textbox')).toHaveValue('90.000.000.000.000,00');
  await page.keyboard.press('Escape');
  await expect(first).toHaveText(before!);
  await first.click();
  // What Excel puts on the clipboard for a 2 × 2 block: tabs, CRLF, German numbers.
  const paste = (text: string) =>
    page.getByRole('grid').evaluate((grid, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
    }, text);
  await paste('1.234,50\t2000\r\n3000\t4.000,25\r\n');
  await expect(page.getByRole('status').filter({ hasText: 'Eingefügte Werte: 4.' })).toBeVisible();
  await expect(first).toHaveText('1.234,50');
  await expect(page.locator('#plan-cell-1-1')).toHaveText('4.000,25');
  await expect(page.locator('#plan-cell-0-0').locator('..')).toContainText('eigenes Ziel');

  await paste('12\tkeine Zahl');
  await expect(
    page.getByRole('alert').filter({ hasText: '„keine Zahl“ ist kein Betrag.' }),
  ).toBeVisible();
  await expect(first).toHaveText('1.234,50');

  // A block larger than the grid is never cut to fit: nothing is pasted, and the size is said.
  await paste(Array.from({ length: 600 }, () => Array(12).fill('1').join('\t')).join('\r\n'));
  await expect(
    page.getByRole('alert').filter({ hasText: /Der kopierte Block hat 600 Zeilen × 12 Spalten/ }),
  ).toBeVisible();
  await expect(first).toHaveText('1.234,50');

  // Copy the block back out, as a spreadsheet in German reads it.
  await page.keyboard.press('Shift+ArrowDown');
  const copied = await page.getByRole('grid').evaluate((grid) => {
    const transfer = new DataTransfer();
    grid.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true }));
    return transfer.getData('text/plain');
  });
  expect(copied).toBe('1234,50\r\n3000,00');

  // Delete hands the selected members back to the allocation; undo brings their own targets back.
  await page.keyboard.press('Delete');
  await expect(first).toHaveText(before!);
  await page.keyboard.press('Control+z');
  await expect(first).toHaveText('1.234,50');

  await page.keyboard.press('Control+z');
  await expect(first).toHaveText(before!);
  await page.keyboard.press('Control+Shift+z');
  await expect(first).toHaveText('1.234,50');
});

test('a Junior’s edit of their own year leaves every colleague’s target as it was and shows the gap', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: 'New plan for fiscal year 2027' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan for fiscal year 2027 created.' }),
  ).toBeVisible();
  await page.getByLabel('Team target (EUR/year)').fill('12,000,000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByLabel(/Give what new hires cannot reach/).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('plan-gap')).toContainText('None — fully allocated');

  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Sales plans');
  await expect(page.getByLabel('Plan', { exact: true })).toContainText('FY 2027');
  const seniorRow = await gridRow(page, senior).textContent();
  const january = gridRow(page, junior).getByRole('gridcell').first();
  const before = Number((await january.textContent())!.replace(/,/g, ''));
  await january.click();
  await page.keyboard.type(String(before + 1000));
  await page.keyboard.press('Enter');
  await expect(january).toHaveText(
    (before + 1000).toLocaleString('en-US', { minimumFractionDigits: 2 }),
  );
  // The colleague's year is untouched; the team sees the difference as a gap, not a silent
  // re-spread.
  await expect(gridRow(page, senior)).toHaveText(seniorRow!);
  await expect(page.getByTestId('plan-gap')).toContainText('-€1,000.00');
});

test('seasonality on a member with an own target spreads their year by it, and says so', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior } = await juniorAndSenior(page);
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: 'New plan for fiscal year 2027' }).click();
  // The new draft replaces the approved 2026 plan on screen; type into the draft.
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan for fiscal year 2027 created.' }),
  ).toBeVisible();
  const january = gridRow(page, junior).getByRole('gridcell').first();
  await january.click();
  await page.keyboard.type('120000');
  await page.keyboard.press('Enter');
  await expect(gridRow(page, junior)).toContainText('own target');
  const year = async () =>
    Number(
      (await gridRow(page, junior).getByRole('gridcell').nth(12).textContent())!.replace(/,/g, ''),
    );
  const before = await year();

  // The plan's profile leaves hand-set months be, and says whose.
  await page.getByLabel('Profile').selectOption({ label: 'Even' });
  await page.getByRole('button', { name: 'Apply profile' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Own targets keep the months they were given: ${junior}` }),
  ).toBeVisible();
  await expect(january).toHaveText('120,000.00');

  // The member's own profile spreads their own year: January is no longer what was typed.
  await page
    .getByLabel('Member', { exact: true })
    .selectOption({ label: `Seasonality of ${junior}` });
  await page.getByLabel('Profile').selectOption({ label: 'Even' });
  await page.getByRole('button', { name: 'Apply profile' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText: new RegExp(
        `Seasonality applied to ${junior}: their own year of €[\\d,.]+ is spread`,
      ),
    }),
  ).toBeVisible();
  await expect(january).not.toHaveText('120,000.00');
  expect(await year()).toBe(before);
});

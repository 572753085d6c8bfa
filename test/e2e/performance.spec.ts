import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { expect, test } from './harness/fixtures';
import { nav } from './harness/navigate';

// The app's clock is fixed on this day (a late-November Thursday: ten months of the year closed),
// so the journeys do not depend on the day they run on.
const AS_OF = '2026-11-26';
const fixClock = (page: Page) => page.clock.setFixedTime(new Date(`${AS_OF}T10:00:00Z`));

/**
 * The demo's year to date worked out here from the generator's data alone: actuals of the
 * closed months of this calendar year, against last year's same months plus 6 % (each
 * rounded to 100 EUR), which is how the demo's plan was made.
 */
function expectedYearToDate() {
  const closed = Number(AS_OF.slice(5, 7)) - 1;
  return { ...expectedOver(1, closed), closed };
}

/** The team-total line of the CSV the app saved last, cell by cell. */
function savedCsvTotal(saved: readonly string[]): string[] {
  return readFileSync(saved.at(-1)!, 'utf8').split('\r\n').filter(Boolean).at(-1)!.split(',');
}

/** Target and achieved of calendar months `from`–`to` of this year (the demo's fiscal year). */
function expectedOver(from: number, to: number) {
  const asOf = AS_OF;
  const data = generateWorkspace({ asOf });
  const year = Number(asOf.slice(0, 4));
  const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  const active = new Set(data.members.filter((m) => m.active).map((m) => m.id));
  let achieved = 0;
  let target = 0;
  for (let m = from; m <= to; m += 1) {
    for (const a of data.actuals) {
      const cents = a.newBusinessCents + a.existingBusinessCents;
      if (a.month === month(year, m)) achieved += cents;
    }
    for (const id of active) {
      const last = data.actuals
        .filter((a) => a.memberId === id && a.month === month(year - 1, m))
        .reduce((s, a) => s + a.newBusinessCents + a.existingBusinessCents, 0);
      target += Math.round((last * 1.06) / 10_000) * 10_000;
    }
  }
  return { achieved, target };
}

const percent = (value: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/** Pixels of a colour in a PNG, counted by the browser that can decode it. */
async function pixelsOf(page: Page, file: string, rgb: [number, number, number]) {
  const base64 = readFileSync(file).toString('base64');
  return page.evaluate(
    async ([data, [r, g, b]]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count += 1;
      return { count, width: image.width, height: image.height };
    },
    [base64, rgb] as const,
  );
}

test('Monday morning: YTD attainment as the data says, drill into a member, PNG, PDF and the variance CSV', async ({
  launchApp,
  dialogs,
}) => {
  const expected = expectedYearToDate();
  const { page } = await launchApp();
  await fixClock(page);
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await nav(page, 'Performance');

  await expect(page.getByTestId('team-attainment')).toHaveText(
    percent(expected.achieved / expected.target),
  );
  await expect(page.getByRole('heading', { name: 'Furthest behind plan' })).toBeVisible();

  // A bar of the attainment chart opens that member's page.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const chart = page.getByRole('region', { name: 'Attainment by member' });
  const firstName = (await chart
    .locator('.recharts-yAxis-tick-labels text')
    .first()
    .textContent())!;
  await chart.locator('.recharts-bar-rectangle').first().click();
  await expect(page.getByRole('heading', { name: firstName, exact: true })).toBeVisible();
  await expect(page.getByTestId('member-attainment')).toHaveText(/\d+\.\d%/);
  await page.getByRole('button', { name: 'Back to the overview' }).click();

  // The chart as a PNG: a real picture, with the Seniors' bars in it.
  await chart.getByRole('button', { name: 'Save as PNG …' }).click();
  await expect(page.getByRole('status').filter({ hasText: /attainment_.*\.png/ })).toBeVisible();
  const png = dialogs.saved.at(-1)!;
  // The picture names the fiscal year and period it shows.
  expect(png).toMatch(/attainment_FY2026_YTD_\d{4}-\d{2}-\d{2}\.png$/);
  expect([...readFileSync(png).subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const picture = await pixelsOf(page, png, [0x1f, 0x6f, 0x8b]);
  expect(picture.width).toBeGreaterThan(800);
  expect(picture.count).toBeGreaterThan(2_000);

  // The table alternative lists every member, as links.
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(chart.getByRole('row')).toHaveCount(13);

  // The variance report's CSV: the team total equals the year to date worked out above.
  await page.getByRole('tab', { name: 'Variance report' }).click();
  await expect(page.getByRole('table', { name: 'Variance report' })).toBeVisible();
  await page.getByRole('button', { name: 'Export report …' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /variance-report_.*\.csv/ }),
  ).toBeVisible();
  const lines = readFileSync(dialogs.saved.at(-1)!, 'utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    '\ufeffName,Period,Target,Achieved,Variance,Variance %,Attainment %,New business,Existing business',
  );
  expect(lines).toHaveLength(14);
  const total = lines.at(-1)!.split(',');
  expect(total[0]).toBe('Team total');
  expect(Math.round(Number(total[2]) * 100)).toBe(expected.target);
  expect(Math.round(Number(total[3]) * 100)).toBe(expected.achieved);
  expect(Math.round(Number(total[4]) * 100)).toBe(expected.achieved - expected.target);
  const members = lines.slice(1, -1).map((l) => Math.round(Number(l.split(',')[3]) * 100));
  expect(members.reduce((a, b) => a + b, 0)).toBe(expected.achieved);

  // Grouped by level: real figures for Juniors and Seniors that add up to the same total,
  // on screen and in the CSV (both once showed €0.00).
  await page.getByLabel('Group by').selectOption('level');
  const byLevel = page.getByRole('table', { name: 'Variance report' });
  await expect(byLevel.getByRole('row')).toHaveCount(4);
  await expect(byLevel.getByRole('row', { name: /^Junior/ })).not.toContainText('€0.00');
  await page.getByRole('button', { name: 'Export report …' }).click();
  await expect.poll(() => readFileSync(dialogs.saved.at(-1)!, 'utf8')).toContain('Junior');
  const levelLines = readFileSync(dialogs.saved.at(-1)!, 'utf8').split('\r\n').filter(Boolean);
  const cents = (line: string, column: number) => Math.round(Number(line.split(',')[column]) * 100);
  const [junior, senior] = [levelLines[1]!, levelLines[2]!];
  expect(junior.split(',')[0]).toBe('Junior');
  expect(senior.split(',')[0]).toBe('Senior');
  for (const line of [junior, senior]) {
    expect(cents(line, 2)).toBeGreaterThan(0);
    expect(cents(line, 3)).toBeGreaterThan(0);
  }
  expect(cents(junior, 2) + cents(senior, 2)).toBe(expected.target);
  expect(cents(junior, 3) + cents(senior, 3)).toBe(expected.achieved);

  // The dashboard printed to PDF through main: on paper a header says what it shows and when
  // it was printed, and no button or menu is printed.
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-header')).toHaveText(
    /^Sales performance · fiscal year 2026 · year to date Jan 26 – Oct 26 · printed 26 November 2026$/,
  );
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('print-header')).toBeHidden();
  await page.getByRole('button', { name: 'Print to PDF …' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /performance-dashboard_.*\.pdf/ }),
  ).toBeVisible();
  const pdf = readFileSync(dialogs.saved.at(-1)!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A British locale prints on A4 (landscape, in points); Letter only where it is the norm.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 842\.88 595\.91998\]/);
});

test('actuals are typed and pasted like the plan, change the report, and undo', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await fixClock(page);
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await nav(page, 'Performance');
  const before = (await page.getByTestId('team-attainment').textContent())!;

  await page.getByRole('tab', { name: 'Actuals' }).click();
  await page.getByRole('radio', { name: 'Existing business' }).check();
  const cell = page.locator('#actual-cell-0-0');
  await cell.click();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('0.00');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // A block pasted from a spreadsheet.
  await page.locator('#actual-cell-1-0').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '1,000.50\t2,000\r\n');
    document
      .querySelector('[role="grid"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.locator('#actual-cell-1-1')).toHaveText('2,000.00');
  await expect(page.getByRole('status').filter({ hasText: 'Pasted values: 2.' })).toBeVisible();

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('team-attainment')).not.toHaveText(before);

  // Undo both changes: the year to date is as it was.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('team-attainment')).toHaveText(before);
});

test('a running quarter is measured over its closed months; the running month is not judged', async ({
  launchApp,
  dialogs,
}) => {
  const { page } = await launchApp();
  await fixClock(page);
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await nav(page, 'Performance');
  await page.getByRole('tab', { name: 'Variance report' }).click();
  const report = page.getByRole('table', { name: 'Variance report' });
  const state = page.getByTestId('period-state');
  await expect(report).toBeVisible();
  await expect(state).toHaveCount(0);

  // Late November: the fourth quarter has one closed month, October — it is measured on that.
  await page.getByLabel('Period').selectOption({ label: 'Quarter 4' });
  await expect(state).toContainText(
    /Quarter 4 is running: measured over its closed months \(Oct 26\); the whole period’s target is €[\d,.]+\./,
  );
  await page.getByRole('button', { name: 'Export report …' }).click();
  // The file is read once the app says it is saved (the dialog answers before the write).
  await expect(
    page.getByRole('status').filter({ hasText: /variance-report_.*\.csv/ }),
  ).toBeVisible();
  const total = savedCsvTotal(dialogs.saved);
  const october = expectedOver(10, 10);
  expect(Math.round(Number(total[2]) * 100)).toBe(october.target);
  expect(Math.round(Number(total[3]) * 100)).toBe(october.achieved);

  // November is still running: its target, nothing marked behind, no variance.
  await page.getByLabel('Period').selectOption('month-10');
  await expect(state).toContainText('none of its months has closed yet');
  await expect(report.locator('tfoot')).not.toContainText('▼');
  await expect(report.locator('tbody')).not.toContainText('▼');
  await expect(report.locator('tfoot td').nth(2)).toHaveText('–');
  // The charts of that period say it is not measured yet, instead of drawing 0 % for everyone.
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(
    page.getByText(/^Not measured yet: none of this period’s months has closed/),
  ).toHaveCount(2);
});

test('with the fiscal year starting in April, a January–December plan is measured month by month', async ({
  launchApp,
  dialogs,
}) => {
  const { page } = await launchApp();
  await fixClock(page);
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  // Next year's plan made while the year still ran January–December.
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: 'New plan for fiscal year 2027' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan for fiscal year 2027 created.' }),
  ).toBeVisible();
  await nav(page, 'Settings');
  await page.getByLabel('Fiscal year starts in').selectOption({ label: 'April' });
  await expect(page.getByText(/Existing plans keep the months they were made for/)).toBeVisible();

  // Late November in FY 2026/27: April–October are closed. The demo's plan runs January–
  // December 2026; its April–October targets are what the year to date is measured against.
  await nav(page, 'Performance');
  await page.getByRole('tab', { name: 'Variance report' }).click();
  await expect(page.getByRole('table', { name: 'Variance report' })).toBeVisible();
  await page.getByRole('button', { name: 'Export report …' }).click();
  // The file is read once the app says it is saved (the dialog answers before the write).
  await expect(
    page.getByRole('status').filter({ hasText: /variance-report_.*\.csv/ }),
  ).toBeVisible();
  const total = savedCsvTotal(dialogs.saved);
  const aprilToOctober = expectedOver(4, 10);
  expect(Math.round(Number(total[2]) * 100)).toBe(aprilToOctober.target);
  expect(Math.round(Number(total[3]) * 100)).toBe(aprilToOctober.achieved);

  // A plan for FY 2027/28 can be made beside the January–December 2027 one.
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: 'New plan for fiscal year 2027/28' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan for fiscal year 2027/28 created.' }),
  ).toBeVisible();
});

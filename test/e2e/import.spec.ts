import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { nav, openDemoImport } from './harness/navigate';

/** Older German Excel: Windows-1252, ";" and decimal commas; one bad row, one odd header. */
const messyFile = () =>
  Buffer.from(
    [
      'Nummer;Kunde;PLZ;Ort;Potenzial;Umsatz;ABC;Status',
      'N-1;Bäckerei Müller;80331;München;12.500,50;8.000;A;Stammkund*in',
      'N-2;Größenwahn GmbH;803;Köln;1.000;-;B;Bestandskund*in',
      'N-3;Süßwaren Weiß KG;50667;Köln;-;1.234,56;C;Interessent*in',
    ].join('\r\n') + '\r\n',
    'latin1',
  );

const openImport = openDemoImport;

/** The demo workspace's Import screen in the English UI. */
async function openImportEnglish(page: Page) {
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await page.getByRole('heading', { name: 'Team' }).waitFor();
  await nav(page, 'Import');
}

test('a messy German file: preview shows the bad row, the mapping is fixed, the rest is imported once', async ({
  launchApp,
}) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await openImport(page);
  await page.getByLabel('Datei wählen (CSV oder Excel) …').setInputFiles({
    name: 'kunden-alt.csv',
    mimeType: 'text/csv',
    buffer: messyFile(),
  });
  // Detected as it is: Windows-1252, semicolons, German numbers; umlauts read correctly.
  await expect(page.getByLabel('Zeichenkodierung')).toHaveValue('windows-1252');
  await expect(page.getByLabel('Trennzeichen')).toHaveValue(';');
  await expect(page.getByLabel('Zahlen')).toHaveValue('de');
  // "Nummer" is no known name for the customer number: the user has to say so.
  await expect(page.getByText('Bitte eine Spalte wählen für: Kundennummer.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ganze Datei prüfen' })).toBeDisabled();
  await page.getByLabel('Kundennummer (Pflicht)').selectOption('Nummer');

  const preview = page.getByRole('region', {
    name: 'Vorschau: die ersten Zeilen, wie sie gespeichert werden',
  });
  await expect(preview.getByRole('row', { name: /Bäckerei Müller/ })).toContainText('12.500,50');
  await expect(preview.getByRole('row', { name: /Süßwaren Weiß KG/ })).toContainText(
    'Interessent*in',
  );
  // The bad row is listed with its line in the file, the column and the value.
  await expect(preview.getByRole('row', { name: /^3 PLZ 803 / })).toBeVisible();
  // The failing row is in the preview too, as written, its faulty cell marked.
  const failing = preview.getByRole('row', { name: /Größenwahn/ });
  await expect(failing).toHaveClass('import-row-failing');
  await expect(failing.locator('td.cell-problem')).toHaveText('803');
  await expect(failing.getByRole('rowheader')).toContainText('3');

  await page.getByRole('button', { name: 'Ganze Datei prüfen' }).click();
  await expect(page.getByText('Geprüfte Zeilen: 3; importierbar: 2.')).toBeVisible();
  await page.getByRole('button', { name: 'Zeilen importieren: 2' }).click();
  await expect(page.getByText('Importiert: 2 neu, 0 aktualisiert.')).toBeVisible();

  // The same file again updates by customer number instead of duplicating.
  await page.getByLabel('Datei wählen (CSV oder Excel) …').setInputFiles({
    name: 'kunden-alt.csv',
    mimeType: 'text/csv',
    buffer: messyFile(),
  });
  // The mapping chosen last time is remembered.
  await expect(page.getByLabel('Kundennummer (Pflicht)')).toHaveValue('0');
  await page.getByRole('button', { name: 'Ganze Datei prüfen' }).click();
  await page.getByRole('button', { name: 'Zeilen importieren: 2' }).click();
  await expect(page.getByText('Importiert: 0 neu, 2 aktualisiert.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Kund*innen' })
    .click();
  await page.getByRole('searchbox').fill('N-');
  await expect(page.getByText('2 von 2.002 Kund*innen')).toBeVisible();
  await expect(page.getByRole('row', { name: /Bäckerei Müller/ })).toContainText('München');
});

test('cancelling a big import halfway leaves everything as it was', async ({ launchApp }) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await openImport(page);
  const lines = ['Kundennummer;Name;PLZ;Potenzial'];
  for (let i = 0; i < 300_000; i += 1)
    lines.push(`B-${i};Firma ${i};${String(10000 + (i % 89999))};${i},50`);
  await page.getByLabel('Datei wählen (CSV oder Excel) …').setInputFiles({
    name: 'gross.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await page.getByRole('button', { name: 'Ganze Datei prüfen' }).click();
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByText('Import abgebrochen. Es wurde nichts geändert.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Zeilen importieren/ })).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Kund*innen' })
    .click();
  await expect(page.getByText('2.000 von 2.000 Kund*innen')).toBeVisible();
});

test('territory rules from a UTF-8 file with BOM, started from the Territories screen', async ({
  launchApp,
}) => {
  const { page } = await launchApp({ locale: 'en-GB' });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  const owner = (await page.locator('tbody tr th').first().textContent())!.trim();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Territories' })
    .click();
  await page.getByRole('button', { name: 'Import (CSV, Excel) …' }).click();
  await expect(page.getByRole('radio', { name: 'Territory rules' })).toBeChecked();
  await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles({
    name: 'gebiete.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `\ufeffTerritory,Region,Owner,Postal rules\r\nBodensee,Süd,${owner},"88000-88099, 78462"\r\n`,
      'utf8',
    ),
  });
  await expect(page.getByLabel('Encoding')).toHaveValue('utf-8');
  await expect(page.getByLabel('Separator')).toHaveValue(',');
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await page.getByRole('button', { name: 'Import rows: 1' }).click();
  await expect(page.getByText('Imported: 1 new, 0 updated.')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Territories' })
    .click();
  const tree = page.getByRole('navigation', { name: 'Regions and territories' });
  await tree.getByRole('button', { name: /^Bodensee/ }).click();
  await expect(page.getByLabel('Postal-code rules')).toHaveValue('88000-88099\n78462');
  await expect(tree.getByRole('button', { name: /^Bodensee/ })).toContainText(owner);
});

test('a file that would go in wrong is refused with its line; zeros put back are shown, never silent', async ({
  launchApp,
}) => {
  const { readFileSync } = await import('node:fs');
  const file = (name: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: readFileSync(`test/fixtures/csv/${name}`),
  });
  const { page } = await launchApp({ locale: 'en-GB' });
  await openImportEnglish(page);
  const choose = page.getByLabel('Choose a file (CSV or Excel) …');

  // A quote that opens and never closes: refused, with the line; quotes off reads the rows.
  await choose.setInputFiles(file('unbalanced-quote.csv'));
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  const problem = page.getByTestId('file-problem');
  await expect(problem).toContainText('Line 2: a quote (") opens a cell here and never closes');
  await expect(page.getByRole('button', { name: /^Import rows/ })).toBeDisabled();
  await problem.getByRole('button', { name: 'Read with quotes off' }).click();
  // The screen says quotes are now read as text, until the file is chosen again.
  await expect(page.getByTestId('quotes-off')).toContainText(
    'Quotes are read as ordinary characters',
  );
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByText('Rows checked: 2; ready to import: 2.')).toBeVisible();
  await expect(page.getByTestId('file-problem')).toHaveCount(0);

  // One bad byte in a UTF-8 file: stopped at its line, with the way out.
  await choose.setInputFiles(file('invalid-utf8-byte.csv'));
  await expect(page.getByLabel('Encoding')).toHaveValue('utf-8');
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByTestId('file-problem')).toContainText('Line 3 is not valid UTF-8');

  // Postal codes a spreadsheet cut to four digits: corrected, counted and listed by line.
  await choose.setInputFiles(file('four-digit-postal-codes.csv'));
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByTestId('postal-zeros')).toHaveText(
    '2 postal codes got their leading zero back.',
  );
  const warnings = page.getByRole('region', { name: 'Imported, but not exactly as written' });
  await expect(warnings.getByRole('row', { name: /^2 Postal code 1067 / })).toBeVisible();
  await expect(warnings.getByRole('row', { name: /^3 Postal code 4109 / })).toBeVisible();
  await page.getByRole('button', { name: 'Import rows: 3' }).click();
  await expect(page.getByText('Imported: 3 new, 0 updated.')).toBeVisible();
});

test('values the app cannot place are asked once, by value, and the answer is remembered', async ({
  launchApp,
}) => {
  const file = {
    name: 'crm.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Account Number,Account Name,Billing Zip/Postal Code,Status',
        'X-1,Top One Ltd,80331,Top customer',
        'X-2,Top Two Ltd,50667,top customer',
        'X-3,Plain Ltd,20095,existing',
      ].join('\r\n'),
    ),
  };
  const { page } = await launchApp({ locale: 'en-GB' });
  await openImportEnglish(page);
  await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles(file);
  // A CRM export's headers map without a click.
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  const step = page.getByRole('region', { name: 'Values the app cannot place' });
  await expect(step.getByRole('row', { name: /“Top customer” Status 2/ })).toBeVisible();
  await expect(page.getByText('Rows checked: 3; ready to import: 1.')).toBeVisible();
  await step.getByLabel('“Top customer”').selectOption({ label: 'Regular customer' });
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByText('Rows checked: 3; ready to import: 3.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Values the app cannot place' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import rows: 3' }).click();
  await expect(page.getByText('Imported: 3 new, 0 updated.')).toBeVisible();

  // Next time the answer is known.
  await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByText('Rows checked: 3; ready to import: 3.')).toBeVisible();
});

test('a file without customer numbers: numbers are made from the next free one, and a re-import finds the same accounts', async ({
  launchApp,
}) => {
  const file = {
    name: 'ohne-nummern.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Firma;PLZ;Ort\r\nErste Neue GmbH;80331;München\r\nZweite Neue KG;1067;Dresden\r\n',
    ),
  };
  const { page } = await launchApp({ locale: 'en-GB' });
  await openImportEnglish(page);
  const choose = page.getByLabel('Choose a file (CSV or Excel) …');
  await choose.setInputFiles(file);
  await expect(page.getByRole('button', { name: 'Check the whole file' })).toBeDisabled();
  await page.getByLabel(/^The file has no customer numbers: make them/).check();
  // The preview shows the numbers the rows will get.
  const preview = page.getByRole('region', {
    name: 'Preview: the first rows as they will be stored',
  });
  await expect(preview.getByRole('row', { name: /Erste Neue GmbH/ })).toContainText(/K-1\d{5}/);
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByTestId('numbers-made')).toContainText(
    /^2 new accounts get customer numbers from K-1\d{5}; no row was found by name and postal code\.$/,
  );
  await page.getByRole('button', { name: 'Import rows: 2' }).click();
  await expect(page.getByText('Imported: 2 new, 0 updated.')).toBeVisible();

  await choose.setInputFiles(file);
  await page.getByLabel(/^The file has no customer numbers: make them/).check();
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByTestId('numbers-made')).toContainText(
    'No new account needs a number; 2 rows were found by name and postal code.',
  );
  await page.getByRole('button', { name: 'Import rows: 2' }).click();
  await expect(page.getByText('Imported: 0 new, 2 updated.')).toBeVisible();
});

test('an Excel workbook goes in like a CSV: typed numbers, dropped zeros restored and said, a broken cell named by its row', async ({
  launchApp,
}) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp({ locale: 'de-DE' });
  await openImport(page);
  await page.getByLabel('Datei wählen (CSV oder Excel) …').setInputFiles({
    name: 'kunden.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync('test/fixtures/xlsx/libreoffice-german-numbers-dropped-zeros.xlsx'),
  });
  // A workbook has no encoding or separator to choose: its cells carry their types.
  await expect(
    page.getByText('Excel-Arbeitsmappe: Zellen werden mit ihrem Typ gelesen'),
  ).toBeVisible();
  await expect(page.getByLabel('Zeichenkodierung')).toHaveCount(0);
  const preview = page.getByRole('region', {
    name: 'Vorschau: die ersten Zeilen, wie sie gespeichert werden',
  });
  await expect(preview.getByRole('row', { name: /Müller GmbH/ })).toContainText('12.500,50');
  await page.getByRole('button', { name: 'Ganze Datei prüfen' }).click();
  await expect(page.getByText('Geprüfte Zeilen: 3; importierbar: 2.')).toBeVisible();
  await expect(
    page.getByText('2 Postleitzahlen haben ihre führende Null zurückbekommen.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Zeilen importieren: 2' }).click();
  await expect(page.getByText('Importiert: 2 neu, 0 aktualisiert.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Kund*innen' })
    .click();
  await page.getByRole('searchbox').fill('Weber AG');
  await expect(page.getByRole('row', { name: /Weber AG/ })).toContainText('04109');
});

test('an old .xls file is refused with what to do, and nothing is read', async ({ launchApp }) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp({ locale: 'en-GB' });
  await openImportEnglish(page);
  await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles({
    name: 'old.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: readFileSync('test/fixtures/xlsx/old-excel-format.xls'),
  });
  await expect(page.getByTestId('file-problem')).toHaveText(
    /This is an old Excel file \(\.xls\)\. Open it in Excel or LibreOffice, save it as an Excel workbook/,
  );
  await expect(page.getByRole('button', { name: 'Check the whole file' })).toBeDisabled();
});

test('a line of 1,000+ columns is refused in the worker with its line, before anything reaches the screen', async ({
  launchApp,
}) => {
  const { page } = await launchApp({ locale: 'en-GB' });
  await openImportEnglish(page);
  const wide = Array.from({ length: 500_000 }, (_, i) => i % 10).join(',');
  await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Customer no.,Name\r\nK-1,A\r\n${wide}\r\n`),
  });
  await expect(page.getByTestId('file-problem')).toContainText(
    'Line 3 has more than 1,000 columns',
  );
  await expect(page.getByRole('button', { name: 'Check the whole file' })).toBeDisabled();
});

test('the rest of the fixture corpus through the screen: line ends, sep=, control characters, tabs, lines over cells, a swallowing quote', async ({
  launchApp,
}) => {
  const { readFileSync } = await import('node:fs');
  const { page } = await launchApp({ locale: 'en-GB' });
  await openImportEnglish(page);
  const choose = async (name: string) => {
    await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: readFileSync(`test/fixtures/csv/${name}`),
    });
    // Chosen while the last file's check may still run: that check must not land here.
    await page.getByRole('button', { name: 'Check the whole file' }).click();
  };
  const notes = page.getByTestId('read-notes');
  const problems = page.getByRole('region', { name: 'Problems' });

  await choose('mixed-line-endings.csv');
  await expect(page.getByText('Rows checked: 3; ready to import: 3.')).toBeVisible();

  await choose('excel-sep-line.csv');
  await expect(page.getByText('Rows checked: 1; ready to import: 1.')).toBeVisible();
  await expect(notes).toContainText('Line 1 (“sep=…”) names the separator and was skipped.');

  await choose('control-characters.csv');
  await expect(notes).toContainText(
    'Line 2: control characters (such as NUL) were removed from the text.',
  );

  await choose('tab-separated-german-numbers.txt');
  await expect(page.getByLabel('Separator')).toHaveValue('\t');
  await expect(page.getByLabel('Numbers')).toHaveValue('de');

  await choose('blank-lines-and-cell-over-lines.csv');
  await expect(page.getByText('Rows checked: 2; ready to import: 1.')).toBeVisible();
  // The line an editor shows: header 1, blank 2, a cell over lines 3–4, blank 5, the row on 6.
  await expect(problems.getByRole('row', { name: /^6 Potential/ })).toBeVisible();

  await choose('stray-quote-closed-later.csv');
  await expect(page.getByTestId('file-problem')).toContainText(
    'Line 2: a quote (") opens a cell here that only closes on line 4',
  );
  await expect(page.getByRole('button', { name: /^Import rows/ })).toBeDisabled();
});

import { expect, test } from './harness/fixtures';
test('debug', async ({ launchApp }) => {
  const { page } = await launchApp({ locale: 'en-GB' });
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Performance' }).click();
  await page.locator('#perf-tab-report').click();
  await page.locator('.variance-table tbody tr').first().waitFor();
  console.log(
    await page.evaluate(() => {
      const l = document.querySelector('main .toolbar label')!;
      const chain = [];
      for (let e: Element | null = l; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        chain.push(
          `${e.tagName}.${e.className} ta=${s.textAlign} disp=${s.display} ai=${s.alignItems} w=${e.getBoundingClientRect().width}`,
        );
      }
      return chain.join('\n');
    }),
  );
});

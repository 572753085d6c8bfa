import { expect, test } from './harness/fixtures';
import { openDemoScenarios } from './harness/navigate';

test('auto-balance keeping territories in one piece: whole postal areas go to bordering territories, no territory falls apart, and the map shows them moved', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await openDemoScenarios(page);

  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Start from').selectOption({ label: 'Live assignment' });
  await page.getByLabel('Even out').selectOption({ label: 'Potential' });
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByLabel('Keep territories in one piece').check();
  await expect(page.getByRole('radio', { name: /^Fast/ })).toBeChecked();
  await expect(page.getByLabel('Keep postal areas together')).toBeDisabled();
  await page.getByRole('button', { name: 'Propose a scenario' }).click();

  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible({
    timeout: 60_000,
  });
  // The headline: what was reached, and what it moves (accounts and their potential).
  await expect(
    page.getByText(/^Evened out potential across 12 members.*They carry €[\d,]+ of potential\.$/i),
  ).toBeVisible();
  const outcome = page.getByTestId('contiguous-outcome');
  await expect(outcome).toContainText('changed to a bordering territory');
  const [areas, before, after, count] = (await outcome.textContent())!.match(/\d+/g)!.map(Number);
  expect(areas).toBeGreaterThan(0);
  expect(count).toBe(12);
  // A territory in one piece stays so (balancing may join pieces, never cut them).
  expect(after).toBeGreaterThanOrEqual(before!);
  const moved = Number(
    (await page.getByTestId('moved-accounts').textContent())!.replace(/\D/g, ''),
  );
  expect(moved).toBeGreaterThanOrEqual(areas!);

  // On the map: exactly the moved areas change territory, and their accounts move with them.
  await page
    .getByRole('tablist', { name: 'Scenario views' })
    .getByRole('tab', { name: 'Map' })
    .click();
  await expect(page.getByTestId('scenario-map-moved')).toContainText(
    `${areas!.toLocaleString('en-GB')} postal areas are affected: their territory or owner changes, or accounts in them get a new owner (${moved.toLocaleString('en-GB')} accounts in all).`,
  );

  // Exact as a repair: the solver among bordering moves, made one by one where nothing falls
  // apart; the explanation says how many of its moves could be made, and no gap is claimed.
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Start from').selectOption({ label: 'Live assignment' });
  await page.getByLabel('Even out').selectOption({ label: 'Potential' });
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByLabel('Keep territories in one piece').check();
  await page.getByRole('radio', { name: /^Exact/ }).check();
  await page.getByLabel('Time limit').selectOption({ label: '10 s' });
  await expect(
    page.getByText(/the solver searches moves to bordering territories only/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Propose a scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible({
    timeout: 60_000,
  });
  const repaired = page.getByTestId('contiguous-outcome');
  await expect(repaired).toContainText(
    /Exact: among moves to bordering territories, the solver’s proposal \((proven the fewest there|the best it found in time)\) moves \d+ postal areas?; \d+ of them could be made without a territory falling apart\. (The proposal shown starts from them\.|The fast proposal \(\d+ postal areas?\) was better and is shown\.)/,
  );
  const [, exactBefore, exactAfter] = (await repaired.textContent())!.match(/\d+/g)!.map(Number);
  expect(exactAfter).toBeGreaterThanOrEqual(exactBefore!);
  await expect(page.getByTestId('exact-verdict')).toHaveCount(0);
});

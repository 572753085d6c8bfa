import { expect, test } from './harness/fixtures';

test('a second app on the same data folder opens read-only and says who holds it', async ({
  launchApp,
  tempDir,
}) => {
  const first = await launchApp();
  await first.page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(first.page.getByTestId('save-status')).toHaveText('All changes saved');

  // Another install (its own browser profile) on the same data folder, while the first runs.
  const secondProfile = tempDir('stp-second-profile-');
  const second = await launchApp({ profileDir: secondProfile, alongside: true });
  await expect(
    second.page.getByRole('alert').filter({ hasText: 'Another Sales Team Planner' }),
  ).toContainText(`process ${process.pid}`);
  // Not mistaken for a folder from a newer app.
  await expect(second.page.getByText(/written by a newer version/)).toHaveCount(0);

  // The first keeps saving; nothing the second could do reaches the folder.
  await expect.poll(() => first.persistence.status().counts.members).toBe(12);
  await first.page.getByRole('button', { name: 'Add member' }).click();
  const panel = first.page.getByRole('complementary');
  await panel.getByLabel('Name').fill('Greta Sommer');
  await panel.getByRole('radio', { name: 'Senior Sales Manager' }).check();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(first.page.getByRole('rowheader', { name: 'Greta Sommer' })).toBeVisible();
  await expect.poll(() => first.persistence.status().counts.members).toBe(13);
  expect(second.persistence.status().condition).toBe('locked');
});

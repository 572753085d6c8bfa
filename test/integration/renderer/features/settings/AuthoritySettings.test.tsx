import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import { db } from '@renderer/db/db';
import { renderApp } from '../../render-app';

describe('decision authority in Settings', () => {
  it('shows the defaults, refuses a limit out of range, saves an edit and the named lead', async () => {
    const user = userEvent.setup();
    await renderApp({ language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const card = screen.getByRole('region', { name: 'Decision authority' });
    const juniorDiscount = within(card).getByLabelText('Discount (%) (Junior)');
    expect(juniorDiscount).toHaveValue('5');
    expect(within(card).getByLabelText('Payment terms (days) (Senior)')).toHaveValue('60');
    const save = within(card).getByRole('button', { name: 'Save authority' });
    expect(save).toBeDisabled();

    await user.clear(juniorDiscount);
    await user.type(juniorDiscount, '150');
    expect(within(card).getByRole('alert')).toHaveTextContent(
      'Discount (%): enter whole numbers from 0 to 100.',
    );
    expect(save).toBeDisabled();

    await user.clear(juniorDiscount);
    await user.type(juniorDiscount, '7');
    const senior = (await db.members.toArray()).find((m) => m.level === 'senior')!;
    await user.selectOptions(
      within(card).getByLabelText('Above a Senior’s limit, decided by'),
      senior.id,
    );
    await user.click(save);
    await waitFor(async () =>
      expect((await db.settings.get('authority'))?.value).toEqual({
        ...DEFAULT_AUTHORITY,
        junior: { ...DEFAULT_AUTHORITY.junior, discount: 7 },
        teamLeadId: senior.id,
      }),
    );
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { renderApp } from '../../render-app';

describe('first start', () => {
  it('offers the demo and an empty workspace, in English', async () => {
    await renderApp({ workspace: 'none', language: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'Welcome to Sales Team Planner' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/12 people in 4 regions with 2,000 customer accounts, 24 months/),
    ).toBeInTheDocument();
  });

  it('creates the demo workspace and lands on the team list', async () => {
    const user = userEvent.setup();
    await renderApp({ workspace: 'none', language: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }));
    expect(await screen.findByRole('table', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(await db.accounts.count()).toBe(2000);
    expect(await db.members.count()).toBe(12);
    expect((await db.meta.get('workspace'))?.origin).toBe('demo');
    // With this year's approved plan, so Performance measures against something at once.
    const plans = await db.plans.toArray();
    expect(plans.map((p) => [p.fiscalYear, p.state])).toEqual([
      [new Date().getUTCFullYear(), 'approved'],
    ]);
    expect(await db.planTargets.count()).toBeGreaterThan(0);
  });

  it('starts empty with one click', async () => {
    const user = userEvent.setup();
    await renderApp({ workspace: 'none', language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect(await screen.findByRole('heading', { name: 'No team members yet' })).toBeInTheDocument();
    expect(await db.accounts.count()).toBe(0);
  });
});

import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountsVersionNow, resetAccountStore } from '@renderer/app/data/account-store';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe('reading the accounts ahead', () => {
  it('reads them in idle time after start, before any screen asks for them', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    resetAccountStore();
    await renderApp();
    // The team screen needs no accounts: nothing is read until the app is idle.
    await screen.findByRole('heading', { name: 'Team', level: 1 });
    expect(accountsVersionNow()).toBeNull();
    expect(idle).toHaveLength(1);
    idle[0]!();
    await waitFor(() => expect(accountsVersionNow()).not.toBeNull());
  });

  it('leaves them to the first screen that needs them where there is no idle callback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    resetAccountStore();
    await renderApp();
    await screen.findByRole('heading', { name: 'Team', level: 1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accountsVersionNow()).toBeNull();
  });
});

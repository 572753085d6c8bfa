// No IndexedDB here: a unit test that reaches the database belongs in test/integration.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
import { registerApprovalKinds } from '@renderer/app/approval-kinds';

// As main.tsx does: each kind of request knows the command that applies it.
registerApprovalKinds();

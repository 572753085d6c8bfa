// No IndexedDB here: a unit test that reaches the database belongs in test/integration.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// findBy… and waitFor give up after 1 s by default: a lazy screen or a Dexie write takes
// longer than that on a busy two-core machine (the suite failed so beside `stress --cpu 4`).
configure({ asyncUtilTimeout: 10_000 });
import { registerApprovalKinds } from '@renderer/app/approval-kinds';

// As main.tsx does: each kind of request knows the command that applies it.
registerApprovalKinds();

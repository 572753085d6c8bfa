import { describe, expect, it } from 'vitest';
import { WorkspaceReadOnlyError } from '@renderer/db/read-only-guard';
import { storageErrorMessage } from '@renderer/db/storage-errors';

describe('storageErrorMessage', () => {
  it.each([
    [
      'a QuotaExceededError',
      new DOMException('full', 'QuotaExceededError'),
      'workspace.storageFull',
    ],
    [
      'an AbortError wrapping a quota error',
      Object.assign(new Error('abort'), {
        name: 'AbortError',
        inner: { name: 'QuotaExceededError' },
      }),
      'workspace.storageFull',
    ],
    ['a read-only workspace', new WorkspaceReadOnlyError(), 'workspace.writeRefused'],
    ['anything else', new Error('boom'), null],
    ['a non-error', 'boom', null],
  ])('%s → %s', (_label, error, expected) => {
    expect(storageErrorMessage(error)).toBe(expected);
  });
});

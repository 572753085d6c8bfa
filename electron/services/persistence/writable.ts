import { PersistenceError } from './persistence-error';
import type { DiskCondition } from './startup-load';

/** A folder another app holds, or one a newer app wrote, is only read. */
export const isWritable = (condition: DiskCondition): boolean =>
  condition !== 'newer-format' && condition !== 'locked';

/** Refuses a write to a folder this app may only read, saying why. */
export function assertWritable(condition: DiskCondition): void {
  if (condition === 'locked') {
    throw new PersistenceError(
      'read-only',
      'Another Sales Team Planner is using this data folder; this one is read-only.',
    );
  }
  if (condition === 'newer-format') {
    throw new PersistenceError(
      'read-only',
      'The data folder was written by a newer app; it is read-only.',
    );
  }
}

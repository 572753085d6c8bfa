import { describe, expect, it } from 'vitest';
import { mayDecide } from '@shared/domain/reassignment';

describe('mayDecide', () => {
  it('only the addressed Senior (or the team lead) decides, and only while pending', () => {
    expect(mayDecide({ approverId: 's', state: 'pending' }, { id: 's' })).toBe(true);
    expect(mayDecide({ approverId: 's', state: 'pending' }, { id: 'other' })).toBe(false);
    expect(mayDecide({ approverId: 's', state: 'pending' }, null)).toBe(true);
    expect(mayDecide({ approverId: 's', state: 'approved' }, { id: 's' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { decisionRoute, mayDecide } from '../../../../shared/domain/reassignment';

describe('decisionRoute', () => {
  it('lets Seniors and the team lead decide at once, and sends a Junior’s change to their Senior', () => {
    expect(decisionRoute({ id: 's', level: 'senior', supervisorId: null })).toEqual({
      kind: 'immediate',
    });
    expect(decisionRoute(null)).toEqual({ kind: 'immediate' });
    expect(decisionRoute({ id: 'j', level: 'junior', supervisorId: 's' })).toEqual({
      kind: 'proposal',
      approverId: 's',
    });
    expect(decisionRoute({ id: 'j', level: 'junior', supervisorId: null })).toEqual({
      kind: 'blocked',
    });
  });
});

describe('mayDecide', () => {
  it('only the addressed Senior (or the team lead) decides, and only while pending', () => {
    expect(mayDecide({ approverId: 's', state: 'pending' }, { id: 's' })).toBe(true);
    expect(mayDecide({ approverId: 's', state: 'pending' }, { id: 'other' })).toBe(false);
    expect(mayDecide({ approverId: 's', state: 'pending' }, null)).toBe(true);
    expect(mayDecide({ approverId: 's', state: 'approved' }, { id: 's' })).toBe(false);
  });
});

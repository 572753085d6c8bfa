import { describe, expect, it } from 'vitest';
import { fiscalMonths, fiscalYearLabel, fiscalYearOf } from '@shared/planning/fiscal-year';
import { applyRamp, DEFAULT_RAMP, rampFactors, rampProblem } from '@shared/planning/ramp';

describe('fiscal years', () => {
  it('lists the twelve months from the start month, across the calendar year', () => {
    expect(fiscalMonths(2027, 1)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
    ]);
    expect(fiscalMonths(2027, 4).slice(8)).toEqual(['2027-12', '2028-01', '2028-02', '2028-03']);
  });

  it('names and finds the fiscal year of a date', () => {
    expect(fiscalYearLabel(2027, 1)).toBe('2027');
    expect(fiscalYearLabel(2027, 4)).toBe('2027/28');
    expect(fiscalYearLabel(2099, 10)).toBe('2099/00');
    expect(fiscalYearOf('2027-03-31', 4)).toBe(2026);
    expect(fiscalYearOf('2027-04-01', 4)).toBe(2027);
  });
});

describe('ramp', () => {
  const months = fiscalMonths(2027, 1);

  it('is zero before the hire month, ramps from it, and is full afterwards', () => {
    expect(rampFactors('2027-03-15', months, DEFAULT_RAMP)).toEqual([
      0, 0, 25, 50, 75, 100, 100, 100, 100, 100, 100, 100,
    ]);
    expect(rampFactors('2026-12-01', months, DEFAULT_RAMP).slice(0, 3)).toEqual([50, 75, 100]);
    expect(rampFactors('2019-01-01', months, DEFAULT_RAMP)).toEqual(Array(12).fill(100));
  });

  it('reduces monthly amounts to whole cents', () => {
    expect(applyRamp([1001, 1001, 1001], [25, 50, 100])).toEqual([250, 500, 1001]);
  });

  it('accepts whole percents 0–100 only', () => {
    expect(rampProblem([25, 50, 75])).toBeNull();
    expect(rampProblem([])).toBeNull();
    expect(rampProblem([25.5])).toBe('plans.ramp.error');
    expect(rampProblem([120])).toBe('plans.ramp.error');
  });
});

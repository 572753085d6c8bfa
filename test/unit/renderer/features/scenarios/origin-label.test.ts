import { describe, expect, it } from 'vitest';
import { originLabel } from '@renderer/features/scenarios/origin-label';
import { createTranslator } from '@shared/i18n/translate';
import { LIVE_ORIGIN } from '@shared/scenario/scenario';

describe('where a scenario was copied from', () => {
  const en = createTranslator('en');
  const de = createTranslator('de');

  it('is shown in the UI language, also for scenarios saved with the German label', () => {
    expect(originLabel(LIVE_ORIGIN, en)).toBe(en('scenarios.live'));
    expect(originLabel(LIVE_ORIGIN, de)).toBe(de('scenarios.live'));
    expect(originLabel(de('scenarios.live'), en)).toBe(en('scenarios.live'));
    expect(originLabel(en('scenarios.live'), de)).toBe(de('scenarios.live'));
  });

  it('keeps another scenario’s name as it was typed', () => {
    expect(originLabel('Süd neu geschnitten', en)).toBe('Süd neu geschnitten');
  });
});

import { createTranslator, type Translate } from '@shared/i18n/translate';
import { LIVE_ORIGIN } from '@shared/scenario/scenario';

/** What the live assignment was called in each language (scenarios saved before LIVE_ORIGIN). */
const LIVE_NAMES = new Set(
  ['de', 'en'].map((l) => createTranslator(l as 'de' | 'en')('scenarios.live')),
);

/** Where a scenario was copied from, in the UI's language. */
export function originLabel(origin: string, t: Translate): string {
  return origin === LIVE_ORIGIN || LIVE_NAMES.has(origin) ? t('scenarios.live') : origin;
}

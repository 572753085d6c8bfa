import type { PlainMessageKey, Translate } from '@shared/i18n/translate';

/**
 * Accessible wiring for a form's fields: each input gets its id and name, and an invalid one is
 * marked and pointed at its translated message.
 */
export function formFields<F extends string>(
  prefix: string,
  errors: Partial<Record<F, PlainMessageKey>>,
  t: Translate,
) {
  return {
    props: (name: F) => ({
      name,
      id: `${prefix}-${name}`,
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? `${prefix}-${name}-error` : undefined,
    }),
    error: (name: F) =>
      errors[name] ? (
        <p className="field-error" id={`${prefix}-${name}-error`}>
          {t(errors[name])}
        </p>
      ) : null,
  };
}

import { useMemo } from 'react';
import type { SalesPlan } from '@shared/domain/plan';
import { useI18n } from '@renderer/i18n/i18n-context';

/** Who did what to this version and when, newest first. */
export function PlanHistory({
  plan,
  name,
}: {
  plan: SalesPlan;
  name: (id: string | null) => string;
}) {
  const { t, locale } = useI18n();
  const date = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  return (
    <section className="card" aria-labelledby="plan-history-title">
      <h2 id="plan-history-title">{t('plans.history')}</h2>
      <ol className="plan-history">
        {[...plan.history].reverse().map((event, index) => (
          <li key={index}>
            <span className="muted">{date.format(new Date(event.at))}</span>{' '}
            {t(`plans.history.${event.action}`, {
              actor: name(event.actorId),
              member: event.memberId ? name(event.memberId) : '',
            })}
            {event.comment && <q className="plan-comment">{event.comment}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}

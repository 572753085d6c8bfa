import type { Section } from '../../../shared/navigation';
import { useT } from '../../i18n/i18n-context';

type PlannedSection = Exclude<
  Section,
  'team' | 'settings' | 'backups' | 'accounts' | 'territories' | 'approvals' | 'import' | 'plans'
>;

/** An honest "not yet": what the area will hold, instead of a screen that pretends. */
export function ComingSoonPage({ section }: { section: PlannedSection }) {
  const t = useT();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t(`nav.${section}`)}</h1>
      </header>
      <section className="empty-state">
        <h2>{t('soon.title')}</h2>
        <p>{t('soon.lead')}</p>
        <p>{t(`soon.${section}`)}</p>
      </section>
    </div>
  );
}

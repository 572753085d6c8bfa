import {
  BarChart3,
  Building2,
  FileUp,
  HardDrive,
  Inbox,
  Map,
  Radar,
  Settings,
  Target,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { SaveStatus } from './SaveStatus';
import { SyncIndicator } from './SyncIndicator';
import { usePendingCount } from './data/use-approvals';
import { SECTIONS, type Section } from '@shared/navigation';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';

const ICONS: Record<Section, LucideIcon> = {
  team: Users,
  accounts: Building2,
  territories: Map,
  plans: Target,
  performance: BarChart3,
  market: Radar,
  backups: HardDrive,
  approvals: Inbox,
  import: FileUp,
  settings: Settings,
};

export function Sidebar() {
  const t = useT();
  const section = useAppStore((s) => s.section);
  const goTo = useAppStore((s) => s.goTo);
  const pending = usePendingCount();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ST
        </span>
        {t('app.name')}
      </div>
      <ul>
        {SECTIONS.map((name) => {
          const Icon = ICONS[name];
          return (
            <li key={name} className={name === 'backups' ? 'nav-bottom' : undefined}>
              <button
                type="button"
                className="nav-item"
                aria-current={name === section ? 'page' : undefined}
                onClick={() => goTo(name)}
              >
                <Icon size={18} aria-hidden="true" />
                {t(`nav.${name}`)}
                {name === 'approvals' && pending > 0 && (
                  <span className="nav-badge" title={t('nav.approvalsBadge', { count: pending })}>
                    {pending}
                    <span className="visually-hidden">
                      {' '}
                      {t('nav.approvalsBadge', { count: pending })}
                    </span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <SaveStatus />
      <SyncIndicator />
    </nav>
  );
}

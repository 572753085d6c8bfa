/** The app's areas, in navigation order; the menu's "go to" commands name them too. */
export const SECTIONS = [
  'team',
  'accounts',
  'territories',
  'plans',
  'performance',
  'market',
  'approvals',
  'import',
  'backups',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

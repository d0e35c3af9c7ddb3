/** The modules in the navbar, in order: path, translation key of the label, icon. */
import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCertificate,
  IconChecklist,
  IconSchool,
  IconFileLock,
  IconFiles,
  IconGavel,
  IconHistory,
  IconLayoutDashboard,
  IconSearch,
  IconSettings,
  IconTargetArrow,
  IconUsersGroup,
  type TablerIcon,
} from '@tabler/icons-react';
import type { TranslationKey } from '../i18n/keys';

export interface NavItem {
  path: string;
  labelKey: TranslationKey;
  icon: TablerIcon;
}

export const MODULE_NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: IconLayoutDashboard },
  { path: '/meetings', labelKey: 'nav.meetings', icon: IconCalendarEvent },
  { path: '/decisions', labelKey: 'decisions.nav', icon: IconGavel },
  { path: '/actions', labelKey: 'nav.actions', icon: IconChecklist },
  { path: '/agencies', labelKey: 'nav.agencies', icon: IconBuildingCommunity },
  { path: '/bodies', labelKey: 'nav.bodies', icon: IconUsersGroup },
  { path: '/cases', labelKey: 'nav.cases', icon: IconFileLock },
  { path: '/nap', labelKey: 'nav.nap', icon: IconTargetArrow },
  { path: '/agreements', labelKey: 'nav.agreements', icon: IconCertificate },
  { path: '/trainings', labelKey: 'nav.trainings', icon: IconSchool },
  { path: '/documents', labelKey: 'exports.nav', icon: IconFiles },
  { path: '/search', labelKey: 'nav.search', icon: IconSearch },
];

export const AUDIT_NAV_ITEM: NavItem = {
  path: '/audit',
  labelKey: 'nav.audit',
  icon: IconHistory,
};

export const SETTINGS_NAV_ITEM: NavItem = {
  path: '/settings',
  labelKey: 'nav.settings',
  icon: IconSettings,
};

/** Pinned at the bottom of the navbar, below the modules: the audit log, then settings. */
export const FOOTER_NAV_ITEMS: readonly NavItem[] = [AUDIT_NAV_ITEM, SETTINGS_NAV_ITEM];

export const DEFAULT_PATH = '/dashboard';

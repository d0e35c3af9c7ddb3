/** The navbar's module links (react-router links shown as Mantine NavLinks, active by path). */
import { AppShell, NavLink, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { FOOTER_NAV_ITEMS, MODULE_NAV_ITEMS, type NavItem } from './navigation';

function isActive(pathname: string, item: NavItem): boolean {
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const Icon = item.icon;
  return (
    <NavLink
      component={RouterNavLink}
      to={item.path}
      label={t(item.labelKey)}
      leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
      active={isActive(pathname, item)}
      onClick={onNavigate}
      variant="light"
      fw={500}
    />
  );
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  return (
    <>
      <AppShell.Section grow component={ScrollArea}>
        {MODULE_NAV_ITEMS.map((item) => (
          <NavEntry key={item.path} item={item} onNavigate={onNavigate} />
        ))}
      </AppShell.Section>
      <AppShell.Section pt="sm">
        {FOOTER_NAV_ITEMS.map((item) => (
          <NavEntry key={item.path} item={item} onNavigate={onNavigate} />
        ))}
      </AppShell.Section>
    </>
  );
}

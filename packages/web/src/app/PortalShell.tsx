// The client's frame, made for a phone: a header and tabs along the bottom.
import { AppShell, Group, Text, UnstyledButton } from '@mantine/core';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useSignOut } from '../auth/session.tsx';
import { OfflineBanner } from '../offline/OfflineBanner.tsx';
import { PageLoader } from './PageLoader.tsx';
import classes from './PortalShell.module.css';

const TABS = [
  { to: '/portal', label: 'Today', end: true },
  { to: '/portal/progress', label: 'Progress', end: false },
  { to: '/portal/learn', label: 'Learn', end: false },
  { to: '/portal/appointments', label: 'Visits', end: false },
  { to: '/portal/flare-up', label: 'Flare-up', end: false },
] as const;

export default function PortalShell() {
  const signOut = useSignOut();
  return (
    <AppShell header={{ height: 52 }} footer={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} c="teal.9" size="lg">
            Tandem
          </Text>
          <UnstyledButton onClick={() => void signOut()} fz="sm" c="teal.9" td="underline">
            Sign out
          </UnstyledButton>
        </Group>
      </AppShell.Header>
      <AppShell.Main maw={720} mx="auto">
        <OfflineBanner />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <AppShell.Footer component="nav" aria-label="Portal">
        <div className={classes.tabs}>
          {TABS.map((t) => (
            <NavLink key={t.to} to={t.to} end={t.end} className={classes.tab}>
              {t.label}
            </NavLink>
          ))}
        </div>
      </AppShell.Footer>
    </AppShell>
  );
}

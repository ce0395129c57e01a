// The clinician's frame: navigation on the left (a drawer on a phone), the page on the right.
import { AppShell, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { useSession, useSignOut } from '../auth/session.tsx';
import { PageLoader } from './PageLoader.tsx';

const LINKS = [
  { to: '/clinic', label: 'Today', end: true },
  { to: '/clinic/clients', label: 'Clients', end: false },
  { to: '/clinic/clients/new', label: 'New client', end: true },
] as const;

export default function ClinicianShell() {
  const { user } = useSession();
  const signOut = useSignOut();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const links =
    user.role === 'owner' ? [...LINKS, { to: '/clinic/outcomes', label: 'Clinic outcomes', end: true }] : LINKS;
  const active = (to: string, end: boolean) =>
    end ? pathname === to : pathname.startsWith(to) && pathname !== '/clinic/clients/new';

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={700} c="teal.9" size="lg">
              Tandem
            </Text>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="gray.7" visibleFrom="xs">
              {user.name}
            </Text>
            <UnstyledButton onClick={() => void signOut()} fz="sm" c="teal.9" td="underline">
              Sign out
            </UnstyledButton>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          {links.map((l) => (
            <NavLink
              key={l.to}
              component={RouterLink}
              to={l.to}
              aria-current={active(l.to, l.end) ? 'page' : undefined}
              label={l.label}
              active={active(l.to, l.end)}
              variant="filled"
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

'use client';
// The frame of every signed-in screen: the current hospital (always visible, switchable), the
// navigation the user's role allows, the theme, the keyboard shortcuts' list, and sign-out.
import { Box, Button, Container, DropdownMenu, Flex, Separator, TabNav, Text } from '@radix-ui/themes';
import { usePathname } from 'next/navigation';
import { HOSPITALS, useSession } from '@/session/SessionProvider';
import { signOut } from '@/session/tokens';
import { HospitalClock } from './HospitalClock';
import { text } from '@/i18n/text';
import { Shortcuts } from '@/shortcuts/Shortcuts';
import { ThemeToggle } from '@/theme/ThemeToggle';
import { roleLabel } from './labels';
import { TenantPicker } from './TenantPicker';

export function Shell({ children }: { children: React.ReactNode }) {
  const { me, tenant, switchTenant } = useSession();
  const path = usePathname();
  const platformAdmin = me.platformRoles.includes('platform-admin');
  const active = me.tenants.filter((t) => t.status === 'ACTIVE');
  const needsTenant = !path.startsWith(HOSPITALS.slice(0, -1));
  const links = tenant
    ? [
        ['/dashboard/', text.shell.dashboard],
        ['/patients/', text.shell.patients],
        ['/appointments/', text.shell.appointments],
        ...(tenant.role === 'ADMIN'
          ? [
              ['/admin/members/', text.shell.members],
              ['/admin/audit/', text.shell.audit],
              ['/admin/settings/', text.shell.settings],
            ]
          : []),
      ]
    : [];
  if (platformAdmin) links.push([HOSPITALS, text.shell.hospitals]);

  return (
    <>
      <a className="skip-link" href="#main">
        {text.app.skipToContent}
      </a>
      <Box px="4" py="2" style={{ borderBottom: '1px solid var(--gray-5)' }}>
        {/* Both halves wrap and shrink, so a phone's 390 px never scroll the page sideways. */}
        <Flex align="center" justify="between" gap="3" wrap="wrap">
          <Flex align="center" gap="3" wrap="wrap" minWidth="0" maxWidth="100%">
            <Text size="4" weight="bold">
              {text.app.name}
            </Text>
            {tenant ? (
              <DropdownMenu.Root>
                <DropdownMenu.Trigger>
                  <Button variant="soft" highContrast style={{ maxWidth: '100%' }}>
                    <Text truncate>{text.shell.hospitalAndRole(tenant.name, roleLabel(tenant.role))}</Text>
                    <DropdownMenu.TriggerIcon />
                  </Button>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content>
                  {active.map((t) => (
                    <DropdownMenu.Item key={t.tenantId} onSelect={() => switchTenant(t.tenantId)}>
                      {text.shell.hospitalAndRole(t.name, roleLabel(t.role))}
                      <Text size="1" color="gray">
                        {t.tenantId}
                      </Text>
                    </DropdownMenu.Item>
                  ))}
                </DropdownMenu.Content>
              </DropdownMenu.Root>
            ) : null}
          </Flex>
          <Flex align="center" gap="3" wrap="wrap" minWidth="0" maxWidth="100%">
            <Shortcuts hospitalRole={tenant?.role} />
            <ThemeToggle />
            <Text size="2" color="gray" truncate>
              {me.email}
            </Text>
            <Button
              variant="outline"
              onClick={async () => {
                await signOut();
                window.location.assign('/signin/');
              }}
            >
              {text.shell.signOut}
            </Button>
          </Flex>
        </Flex>
        {links.length > 0 ? (
          <TabNav.Root mt="2" aria-label={text.shell.sections} className="sections">
            {links.map(([href, label]) => (
              <TabNav.Link key={href} href={href} active={path.startsWith(href.replace(/\/$/, ''))}>
                {label}
              </TabNav.Link>
            ))}
          </TabNav.Root>
        ) : null}
      </Box>
      <Separator size="4" />
      <Container size="4" px="4" py="4" id="main" asChild>
        <main>{needsTenant && !tenant ? <TenantPicker /> : <HospitalClock>{children}</HospitalClock>}</main>
      </Container>
    </>
  );
}

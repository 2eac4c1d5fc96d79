'use client';
// The frame of every signed-in screen: the current hospital (always visible, switchable), the
// navigation the user's role allows, and sign-out.
import { Box, Button, Container, DropdownMenu, Flex, Separator, TabNav, Text } from '@radix-ui/themes';
import { usePathname } from 'next/navigation';
import { HOSPITALS, useSession } from '@/session/SessionProvider';
import { signOut } from '@/session/tokens';
import { HospitalClock } from './HospitalClock';
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
        ['/dashboard/', 'Dashboard'],
        ['/patients/', 'Patients'],
        ['/appointments/', 'Appointments'],
        ...(tenant.role === 'ADMIN'
          ? [
              ['/admin/members/', 'Members'],
              ['/admin/audit/', 'Audit log'],
              ['/admin/settings/', 'Settings'],
            ]
          : []),
      ]
    : [];
  if (platformAdmin) links.push([HOSPITALS, 'Hospitals']);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Box px="4" py="2" style={{ borderBottom: '1px solid var(--gray-5)' }}>
        {/* Both halves wrap and shrink, so a phone's 390 px never scroll the page sideways. */}
        <Flex align="center" justify="between" gap="3" wrap="wrap">
          <Flex align="center" gap="3" wrap="wrap" minWidth="0" maxWidth="100%">
            <Text size="4" weight="bold">
              Hospital Management
            </Text>
            {tenant ? (
              <DropdownMenu.Root>
                <DropdownMenu.Trigger>
                  <Button variant="soft" highContrast style={{ maxWidth: '100%' }}>
                    <Text truncate>
                      {tenant.name} ({roleLabel(tenant.role)})
                    </Text>
                    <DropdownMenu.TriggerIcon />
                  </Button>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content>
                  {active.map((t) => (
                    <DropdownMenu.Item key={t.tenantId} onSelect={() => switchTenant(t.tenantId)}>
                      {t.name} ({roleLabel(t.role)})
                    </DropdownMenu.Item>
                  ))}
                </DropdownMenu.Content>
              </DropdownMenu.Root>
            ) : null}
          </Flex>
          <Flex align="center" gap="3" minWidth="0" maxWidth="100%">
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
              Sign out
            </Button>
          </Flex>
        </Flex>
        {links.length > 0 ? (
          <TabNav.Root mt="2" aria-label="Sections" className="sections">
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

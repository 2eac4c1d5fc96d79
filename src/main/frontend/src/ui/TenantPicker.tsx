'use client';
// Which hospital to work in, when the user belongs to several (or none yet). Each with its id:
// two hospitals may have the same name.
import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { roleLabel } from './labels';
import { Empty } from './States';

export function TenantPicker() {
  const { me, switchTenant } = useSession();
  const active = me.tenants.filter((t) => t.status === 'ACTIVE');
  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        {text.picker.title}
      </Heading>
      {active.length === 0 ? (
        <Empty>{text.picker.none}</Empty>
      ) : (
        active.map((t) => (
          <Card key={t.tenantId}>
            <Flex justify="between" align="center">
              <Flex direction="column">
                <Text>
                  <strong>{t.name}</strong> — {roleLabel(t.role)}
                </Text>
                <Text size="1" color="gray">
                  {t.tenantId}
                </Text>
              </Flex>
              <Button onClick={() => switchTenant(t.tenantId)}>{text.picker.open(t.name, t.tenantId)}</Button>
            </Flex>
          </Card>
        ))
      )}
    </Flex>
  );
}

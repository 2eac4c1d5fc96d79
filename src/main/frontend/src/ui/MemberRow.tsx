'use client';
// One member of the hospital as an administrator manages them: who (the name, the e-mail under
// it), the role, whether they have come in yet, and the actions. A change of role and a removal
// each ask first, naming the person; an invited member's invitation can be sent again. Nobody is
// offered to change or remove themselves. At 390 px the actions go under the person, wrapping.
import { AlertDialog, Badge, Box, Button, Flex, Select, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import type { Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { Confirm } from './Confirm';
import { dateTime } from './format';
import { roleLabel } from './labels';
import { RenameMember } from './RenameMember';

type Member = components['schemas']['Member'];
export type Role = components['schemas']['TenantRole'];
export const ROLES: Role[] = ['ADMIN', 'DOCTOR', 'NURSE', 'RECEPTIONIST'];

/** A member as screens name them: the name (the hospital's, else the identity provider's), else the e-mail. */
export function shownName(m: Member): string {
  return m.name || m.displayName || m.email;
}

export function RoleSelect({ value, onChange, label }: { value: Role; onChange: (r: Role) => void; label: string }) {
  return (
    <Select.Root value={value} onValueChange={(v) => onChange(v as Role)}>
      <Select.Trigger aria-label={label} />
      <Select.Content>
        {ROLES.map((r) => (
          <Select.Item key={r} value={r}>
            {roleLabel(r)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}

export function MemberRow({
  member: m,
  self,
  done,
}: {
  member: Member;
  self: boolean;
  /** Called with the answer of each change and the note to show when it succeeded. */
  done: (answer: { error?: Problem }, note: string) => Promise<void>;
}) {
  const t = text.members;
  const who = shownName(m);
  const [newRole, setNewRole] = useState<Role | null>(null);
  const invited = m.invitation === 'INVITED';
  const path = { params: { path: { sub: m.sub }, header: tenant() } };

  return (
    <Flex
      asChild
      direction={{ initial: 'column', sm: 'row' }}
      justify="between"
      align={{ initial: 'stretch', sm: 'center' }}
      gap="2"
      py="3"
    >
      <li aria-label={who}>
        <Box minWidth="0">
          <Flex gap="2" align="center" wrap="wrap">
            <Text weight="bold" style={{ overflowWrap: 'anywhere' }}>
              {who}
            </Text>
            {self ? (
              <Badge color="gray" highContrast>
                {t.you}
              </Badge>
            ) : null}
            <RenameMember member={m} onRenamed={() => void done({}, '')} />
          </Flex>
          {who !== m.email ? (
            <Text as="div" size="2" color="gray" style={{ overflowWrap: 'anywhere' }}>
              {m.email}
            </Text>
          ) : null}
          <Flex gap="2" align="center" wrap="wrap" mt="1">
            <Text size="2">{roleLabel(m.role)}</Text>
            <Badge color={invited ? 'amber' : 'green'} highContrast>
              {invited ? t.statusInvited : t.statusActive}
            </Badge>
            {invited || m.acceptedAt ? (
              <Text size="1" color="gray">
                {invited ? t.invitationSent(dateTime(m.invitedAt)) : t.activeSince(dateTime(m.acceptedAt))}
              </Text>
            ) : null}
          </Flex>
        </Box>
        <Flex gap="3" align="center" wrap="wrap" flexShrink="0">
          {invited ? (
            <Button
              size="1"
              variant="soft"
              aria-label={t.resendLabel(who)}
              onClick={() =>
                void api.POST('/api/members/{sub}/invitation', path).then((answer) => done(answer, t.resent(who)))
              }
            >
              {t.resend}
            </Button>
          ) : null}
          {self ? null : (
            <>
              <RoleSelect value={m.role} label={t.roleOf(who)} onChange={(r) => r !== m.role && setNewRole(r)} />
              <Confirm
                trigger={t.remove}
                triggerLabel={t.removeLabel(who)}
                title={t.removeQuestion(who)}
                description={t.removeExplained}
                action={t.removeConfirm}
                keep={t.keep}
                onConfirm={() =>
                  void api.DELETE('/api/members/{sub}', path).then((answer) => done(answer, t.removed(who)))
                }
              />
            </>
          )}
        </Flex>
        <AlertDialog.Root open={newRole !== null} onOpenChange={(open) => !open && setNewRole(null)}>
          <AlertDialog.Content maxWidth="440px">
            <AlertDialog.Title>{newRole ? t.roleQuestion(who, roleLabel(newRole)) : ''}</AlertDialog.Title>
            <AlertDialog.Description size="2">{t.roleExplained}</AlertDialog.Description>
            <Flex gap="3" mt="4" justify="end" wrap="wrap">
              <AlertDialog.Cancel>
                <Button variant="soft" color="gray" highContrast>
                  {t.keep}
                </Button>
              </AlertDialog.Cancel>
              <AlertDialog.Action>
                <Button
                  highContrast
                  onClick={() => {
                    const role = newRole;
                    if (!role) return;
                    void api
                      .PATCH('/api/members/{sub}', { ...path, body: { role } })
                      .then((answer) => done(answer, t.roleChanged(who, roleLabel(role))));
                  }}
                >
                  {newRole ? t.roleConfirm(roleLabel(newRole)) : ''}
                </Button>
              </AlertDialog.Action>
            </Flex>
          </AlertDialog.Content>
        </AlertDialog.Root>
      </li>
    </Flex>
  );
}

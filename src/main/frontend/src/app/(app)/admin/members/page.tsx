'use client';
import { Button, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { Field } from '@/ui/Field';
import { Confirm } from '@/ui/Confirm';
import { roleLabel } from '@/ui/labels';
import { RenameMember } from '@/ui/RenameMember';
import { Done, Loaded, ProblemCallout } from '@/ui/States';
import { TableHead } from '@/ui/TableHead';
import { useLoad } from '@/ui/useLoad';

type Role = components['schemas']['TenantRole'];
const ROLES: Role[] = ['ADMIN', 'DOCTOR', 'NURSE', 'RECEPTIONIST'];

function RoleSelect({ value, onChange, label }: { value: Role; onChange: (r: Role) => void; label: string }) {
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

export default function Members() {
  const members = useLoad(() => api.GET('/api/members', { params: { header: tenant() } }), []);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('RECEPTIONIST');
  const [added, setAdded] = useState<string | null>(null);
  const errors = fieldErrors(problem ?? undefined);

  async function done(answer: { error?: Problem }) {
    setProblem(answer.error ?? null);
    setAdded(null);
    if (!answer.error) await members.reload();
  }

  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        Members
      </Heading>
      <ProblemCallout problem={problem} />
      {added ? <Done>{added}</Done> : null}
      {members.data ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (displayName !== '' && displayName.trim() === '') {
              // Spaces alone are no name: said at the field, nothing sent (trimmed away, it added no one by name).
              setProblem({ errors: [{ field: 'displayName', message: 'Give a name, or leave the field empty.' }] });
              return;
            }
            void (async () => {
              const answer = await api.POST('/api/members', {
                params: { header: tenant() },
                body: { email, role, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) },
              });
              await done(answer);
              if (!answer.error) {
                setAdded(
                  `${displayName.trim() ? `${displayName.trim()} (${email})` : email} added as ${roleLabel(role)}. They sign in with the temporary password e-mailed to them, then choose their own.`,
                );
                setEmail('');
                setDisplayName('');
              }
            })();
          }}
        >
          <Flex gap="2" align="end" wrap="wrap">
            <Field
              label="E-mail of the person to add"
              name="email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email}
            />
            <Field
              label="Name as colleagues see it (optional)"
              name="displayName"
              value={displayName}
              maxLength={100}
              placeholder="e.g. Dr Ada Lovelace"
              onChange={(e) => setDisplayName(e.target.value)}
              error={errors.displayName}
            />
            <RoleSelect value={role} onChange={setRole} label="Role of the new member" />
            <Button type="submit">Add member</Button>
          </Flex>
        </form>
      ) : null}
      <Loaded load={members} empty="No members yet." isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table.Root variant="surface">
            <TableHead columns={['Name', 'E-mail', 'Role']} actions />
            <Table.Body>
              {list.map((m) => (
                <Table.Row key={m.sub}>
                  <Table.Cell>
                    <Flex gap="2" align="center" wrap="wrap">
                      {m.displayName ? <Text>{m.displayName}</Text> : <Text color="gray">No name yet</Text>}
                      <RenameMember member={m} onRenamed={() => void members.reload()} />
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>{m.email}</Table.Cell>
                  <Table.Cell>
                    <RoleSelect
                      value={m.role}
                      label={`Role of ${m.email}`}
                      onChange={(r) =>
                        void api
                          .PATCH('/api/members/{sub}', {
                            params: { path: { sub: m.sub }, header: tenant() },
                            body: { role: r },
                          })
                          .then(done)
                      }
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Confirm
                      trigger={`Remove ${m.email}`}
                      title={`Remove ${m.email} from this hospital?`}
                      description="They lose access to this hospital's patients at once. You can add them again later."
                      action="Remove from the hospital"
                      onConfirm={() =>
                        void api
                          .DELETE('/api/members/{sub}', { params: { path: { sub: m.sub }, header: tenant() } })
                          .then(done)
                      }
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Loaded>
    </Flex>
  );
}

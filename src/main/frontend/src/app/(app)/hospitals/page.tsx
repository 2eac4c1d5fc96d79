'use client';
import { Badge, Button, Flex, Heading, Table } from '@radix-ui/themes';
import { useState } from 'react';
import { api } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { Field } from '@/ui/Field';
import { dateTime } from '@/ui/format';
import { Done, Loaded, ProblemCallout } from '@/ui/States';
import { useAddress } from '@/ui/address';
import { Pager } from '@/ui/Pager';
import { TableHead } from '@/ui/TableHead';
import { useLoad } from '@/ui/useLoad';
import { formValues } from '@/ui/useSubmit';
import { tenantStatusLabel } from '@/ui/labels';

const SIZE = 20;

/** The platform's hospitals by id, a page at a time (the page is in the address: ?page=2). */
export default function Hospitals() {
  const [address, go] = useAddress();
  const page = Math.max(0, Number.parseInt(address.get('page') ?? '1', 10) - 1 || 0);
  const list = useLoad(() => api.GET('/platform/tenants', { params: { query: { page, size: SIZE } } }), [page]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const errors = fieldErrors(problem ?? undefined);

  async function setStatus(id: string, status: 'ACTIVE' | 'SUSPENDED') {
    const { error } = await api.PATCH('/platform/tenants/{id}', { params: { path: { id } }, body: { status } });
    setProblem(error ?? null);
    if (!error) await list.reload();
  }

  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        Hospitals
      </Heading>
      <ProblemCallout problem={problem} />
      {created ? <Done>{created}</Done> : null}
      <form
        onSubmit={(e) => {
          const v = formValues(e);
          const form = e.currentTarget;
          void (async () => {
            setCreated(null);
            const { data, error } = await api.POST('/platform/tenants', {
              body: { id: v.id, name: v.name, adminEmail: v.adminEmail },
            });
            setProblem(error ?? null);
            if (data) {
              form.reset();
              setCreated(
                `Hospital “${data.name}” (${data.id}) created. Its first administrator, ${v.adminEmail}, signs in with the temporary password e-mailed to them.`,
              );
              await list.reload();
            }
          })();
        }}
      >
        <Flex gap="2" align="end" wrap="wrap">
          <Field label="Id (lower case)" name="id" required error={errors.id} />
          <Field label="Name" name="name" required error={errors.name} />
          <Field
            label="First administrator's e-mail"
            name="adminEmail"
            type="email"
            required
            error={errors.adminEmail}
          />
          <Button type="submit">Create hospital</Button>
        </Flex>
      </form>
      <Loaded
        load={list}
        what="Loading hospitals"
        empty={
          page === 0 ? (
            'No hospitals yet.'
          ) : (
            <>
              There is no page {page + 1}. <a href="/hospitals/">Go to the first page</a>
            </>
          )
        }
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <>
            <Table.Root variant="surface">
              <TableHead columns={['Id', 'Name', 'Created', 'Status']} actions />
              <Table.Body>
                {data.items.map((t) => (
                  <Table.Row key={t.id}>
                    <Table.Cell>{t.id}</Table.Cell>
                    <Table.Cell>{t.name}</Table.Cell>
                    <Table.Cell>{dateTime(t.createdAt)}</Table.Cell>
                    <Table.Cell>
                      <Badge
                        highContrast
                        color={t.status === 'ACTIVE' ? 'green' : t.status === 'SUSPENDED' ? 'red' : 'gray'}
                      >
                        {tenantStatusLabel(t.status)}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell>
                      {t.status === 'ACTIVE' ? (
                        <Button size="1" variant="soft" color="red" onClick={() => void setStatus(t.id, 'SUSPENDED')}>
                          Suspend {t.id}
                        </Button>
                      ) : t.status === 'SUSPENDED' ? (
                        <Button size="1" variant="soft" onClick={() => void setStatus(t.id, 'ACTIVE')}>
                          Reactivate {t.id}
                        </Button>
                      ) : null}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            <Pager what="hospitals" page={data} onPage={(n) => go({ page: n > 0 ? String(n + 1) : null })} />
          </>
        )}
      </Loaded>
    </Flex>
  );
}

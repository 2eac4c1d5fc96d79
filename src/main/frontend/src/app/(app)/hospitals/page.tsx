'use client';
import { text } from '@/i18n/text';
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
        {text.hospitals.title}
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
              setCreated(text.hospitals.created(data.name, data.id, v.adminEmail));
              await list.reload();
            }
          })();
        }}
      >
        <Flex gap="2" align="end" wrap="wrap">
          <Field label={text.hospitals.id} name="id" required error={errors.id} />
          <Field label={text.hospitals.name} name="name" required error={errors.name} />
          <Field label={text.hospitals.adminEmail} name="adminEmail" type="email" required error={errors.adminEmail} />
          <Button type="submit">{text.hospitals.create}</Button>
        </Flex>
      </form>
      <Loaded
        load={list}
        what={text.hospitals.loading}
        empty={
          page === 0 ? (
            text.hospitals.none
          ) : (
            <>
              {text.hospitals.noPage(page + 1)}
              <a href="/hospitals/">{text.hospitals.firstPage}</a>
            </>
          )
        }
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <>
            <Table.Root variant="surface">
              <TableHead
                columns={[
                  text.hospitals.columns.id,
                  text.hospitals.columns.name,
                  text.hospitals.columns.created,
                  text.hospitals.columns.status,
                ]}
                actions
              />
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
                          {text.hospitals.suspend(t.id)}
                        </Button>
                      ) : t.status === 'SUSPENDED' ? (
                        <Button size="1" variant="soft" onClick={() => void setStatus(t.id, 'ACTIVE')}>
                          {text.hospitals.reactivate(t.id)}
                        </Button>
                      ) : null}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            <Pager what={text.hospitals.count} page={data} onPage={(n) => go({ page: n > 0 ? String(n + 1) : null })} />
          </>
        )}
      </Loaded>
    </Flex>
  );
}

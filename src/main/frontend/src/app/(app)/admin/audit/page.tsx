'use client';
import { Badge, Button, Flex, Heading, Table, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant } from '@/api/client';
import { dateTime } from '@/ui/format';
import { Loaded } from '@/ui/States';
import { TableHead } from '@/ui/TableHead';
import { useLoad } from '@/ui/useLoad';

export default function Audit() {
  const [page, setPage] = useState(0);
  const [resourceType, setResourceType] = useState('');
  const trail = useLoad(
    () =>
      api.GET('/api/audit-events', {
        params: { header: tenant(), query: { page, size: 50, resourceType: resourceType || undefined } },
      }),
    [page, resourceType],
  );
  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        Audit log
      </Heading>
      <TextField.Root
        aria-label="Resource type"
        placeholder="Resource type (PATIENT, RECORD, APPOINTMENT, FILE)"
        value={resourceType}
        onChange={(e) => {
          setResourceType(e.target.value.toUpperCase().replace(/[^A-Z_]/g, ''));
          setPage(0);
        }}
      />
      <Loaded load={trail} empty="Nothing recorded." isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <Table.Root variant="surface" size="1">
              <TableHead columns={['When', 'Who', 'Action', 'Resource', 'Outcome']} />
              <Table.Body>
                {data.items.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>{dateTime(e.at)}</Table.Cell>
                    <Table.Cell>
                      {e.actorRole} {e.actorSub.slice(0, 8)}
                    </Table.Cell>
                    <Table.Cell>{e.action === 'DENIED' ? `${e.attempted} (denied)` : e.action}</Table.Cell>
                    <Table.Cell>
                      {e.resourceType} {e.resourceId?.slice(0, 8)}
                    </Table.Cell>
                    <Table.Cell>
                      <Badge highContrast color={e.outcome === 'DENIED' ? 'red' : 'green'}>
                        {e.outcome}
                      </Badge>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            <Flex justify="between" align="center">
              <Text size="2" color="gray">
                {data.totalItems} events
              </Text>
              <Flex gap="2">
                <Button variant="soft" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  Newer
                </Button>
                <Button variant="soft" disabled={page + 1 >= data.totalPages} onClick={() => setPage(page + 1)}>
                  Older
                </Button>
              </Flex>
            </Flex>
          </>
        )}
      </Loaded>
    </Flex>
  );
}

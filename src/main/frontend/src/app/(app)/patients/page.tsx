'use client';
import { Button, Flex, Heading, Link, Select, Table, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { exportPatients } from '@/api/exports';
import type { Problem } from '@/api/problems';
import { useSession } from '@/session/SessionProvider';
import { calendarDate } from '@/ui/format';
import { patientStatusLabel } from '@/ui/labels';
import { Loaded, ProblemCallout } from '@/ui/States';
import { Pager } from '@/ui/Pager';
import { TableHead } from '@/ui/TableHead';
import { useLoad } from '@/ui/useLoad';

type Status = components['schemas']['PatientStatus'];
const STATUSES: Status[] = ['ACTIVE', 'INACTIVE', 'DECEASED'];
const SIZE = 20;

export default function Patients() {
  const { tenant: hospital } = useSession();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | 'ANY'>('ACTIVE');
  const [sort, setSort] = useState('familyName,asc');
  const [page, setPage] = useState(0);
  const [exported, setExported] = useState<Problem | null>(null);
  useEffect(() => {
    const wait = setTimeout(() => {
      setQ(typed.trim());
      setPage(0);
    }, 250);
    return () => clearTimeout(wait);
  }, [typed]);
  const list = useLoad(
    () =>
      api.GET('/api/patients', {
        params: {
          header: tenant(),
          query: { q: q || undefined, status: status === 'ANY' ? undefined : status, sort, page, size: SIZE },
        },
      }),
    [q, status, sort, page],
  );

  async function exportCsv() {
    setExported(null);
    try {
      setExported(await exportPatients({ q: q || undefined, status: status === 'ANY' ? undefined : status, sort }));
    } catch {
      setExported({ detail: 'The server cannot be reached. Check the connection and try again.' });
    }
  }

  return (
    <Flex direction="column" gap="3">
      <Flex justify="between" align="center">
        <Heading as="h1" size="6">
          Patients
        </Heading>
        <Flex gap="2">
          {hospital?.role === 'ADMIN' ? (
            <Button variant="outline" onClick={() => void exportCsv()}>
              Export CSV
            </Button>
          ) : null}
          <Button asChild>
            <a href="/patients/new/">New patient</a>
          </Button>
        </Flex>
      </Flex>
      <Flex gap="2" wrap="wrap" align="end">
        <TextField.Root
          placeholder="Name, MRN, phone or e-mail"
          aria-label="Search patients"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ minWidth: 280 }}
        />
        <Select.Root
          value={status}
          onValueChange={(v) => {
            setStatus(v as Status | 'ANY');
            setPage(0);
          }}
        >
          <Select.Trigger aria-label="Status" />
          <Select.Content>
            <Select.Item value="ANY">Any status</Select.Item>
            {STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {patientStatusLabel(s)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <Select.Root value={sort} onValueChange={setSort}>
          <Select.Trigger aria-label="Sort by" />
          <Select.Content>
            <Select.Item value="familyName,asc">Family name A–Z</Select.Item>
            <Select.Item value="familyName,desc">Family name Z–A</Select.Item>
            <Select.Item value="dateOfBirth,asc">Oldest first</Select.Item>
            <Select.Item value="createdAt,desc">Newest first</Select.Item>
          </Select.Content>
        </Select.Root>
      </Flex>
      <ProblemCallout problem={exported} />
      <Loaded
        load={list}
        what="Searching"
        empty={q ? `No patient matches “${q}”.` : 'No patients yet.'}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <>
            <Table.Root variant="surface">
              <TableHead columns={['MRN', 'Name', 'Born', 'Phone', 'Status']} />
              <Table.Body>
                {data.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>{p.mrn}</Table.Cell>
                    <Table.Cell>
                      <Link href={`/patients/view/?id=${p.id}`}>
                        {p.familyName}, {p.givenName}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{calendarDate(p.dateOfBirth)}</Table.Cell>
                    <Table.Cell>{p.phone}</Table.Cell>
                    <Table.Cell>{patientStatusLabel(p.status)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            <Pager what="patients" page={data} onPage={setPage} />
          </>
        )}
      </Loaded>
    </Flex>
  );
}

'use client';
import { Button, Flex, Heading, Link, Select, Table, TextField } from '@radix-ui/themes';
import { useEffect, useRef, useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { exportPatients } from '@/api/exports';
import type { Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { SEARCH_FIELD_ID, SEARCH_HASH, SHORTCUT_KEYS } from '@/shortcuts/shortcuts';
import { calendarDate } from '@/ui/format';
import { patientStatusLabel } from '@/ui/labels';
import { Loaded, ProblemCallout } from '@/ui/States';
import { Pager } from '@/ui/Pager';
import { TableHead } from '@/ui/TableHead';
import { useLoad } from '@/ui/useLoad';

type Status = components['schemas']['PatientStatus'];
const STATUSES: Status[] = ['ACTIVE', 'INACTIVE', 'DECEASED'];
const SIZE = 20;
const t = text.patients;

export default function Patients() {
  const { tenant: hospital } = useSession();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | 'ANY'>('ACTIVE');
  const [sort, setSort] = useState('familyName,asc');
  const [page, setPage] = useState(0);
  const [exported, setExported] = useState<Problem | null>(null);
  const search = useRef<HTMLInputElement>(null);
  // The `/` shortcut from another screen lands here asking for the search field.
  useEffect(() => {
    if (window.location.hash !== SEARCH_HASH) return;
    search.current?.focus();
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }, []);
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
      setExported({ detail: text.common.unreachable });
    }
  }

  return (
    <Flex direction="column" gap="3">
      <Flex justify="between" align="center">
        <Heading as="h1" size="6">
          {t.title}
        </Heading>
        <Flex gap="2">
          {hospital?.role === 'ADMIN' ? (
            <Button variant="outline" onClick={() => void exportCsv()}>
              {t.exportCsv}
            </Button>
          ) : null}
          <Button asChild>
            <a href="/patients/new/" aria-keyshortcuts={SHORTCUT_KEYS.newPatient}>
              {t.newPatient}
            </a>
          </Button>
        </Flex>
      </Flex>
      <Flex gap="2" wrap="wrap" align="end">
        <TextField.Root
          ref={search}
          id={SEARCH_FIELD_ID}
          placeholder={t.searchPlaceholder}
          aria-label={t.searchLabel}
          aria-keyshortcuts={SHORTCUT_KEYS.search}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ minWidth: 'min(280px, 100%)' }}
        />
        <Select.Root
          value={status}
          onValueChange={(v) => {
            setStatus(v as Status | 'ANY');
            setPage(0);
          }}
        >
          <Select.Trigger aria-label={t.status} />
          <Select.Content>
            <Select.Item value="ANY">{t.anyStatus}</Select.Item>
            {STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {patientStatusLabel(s)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <Select.Root value={sort} onValueChange={setSort}>
          <Select.Trigger aria-label={t.sortBy} />
          <Select.Content>
            <Select.Item value="familyName,asc">{t.sortFamilyAsc}</Select.Item>
            <Select.Item value="familyName,desc">{t.sortFamilyDesc}</Select.Item>
            <Select.Item value="dateOfBirth,asc">{t.sortOldest}</Select.Item>
            <Select.Item value="createdAt,desc">{t.sortNewest}</Select.Item>
          </Select.Content>
        </Select.Root>
      </Flex>
      <ProblemCallout problem={exported} />
      <Loaded
        load={list}
        what={t.searching}
        empty={q ? t.noMatch(q) : t.none}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <>
            <Table.Root variant="surface">
              <TableHead columns={[t.columns.mrn, t.columns.name, t.columns.born, t.columns.phone, t.columns.status]} />
              <Table.Body>
                {data.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>{p.mrn}</Table.Cell>
                    <Table.Cell>
                      <Link href={`/patients/view/?id=${p.id}`}>{t.listName(p.familyName, p.givenName)}</Link>
                    </Table.Cell>
                    <Table.Cell>{calendarDate(p.dateOfBirth)}</Table.Cell>
                    <Table.Cell>{p.phone}</Table.Cell>
                    <Table.Cell>{patientStatusLabel(p.status)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            <Pager what={t.count} page={data} onPage={setPage} />
          </>
        )}
      </Loaded>
    </Flex>
  );
}

'use client';
// The hospital's audit log for its administrators: who (name and role) did what to which patient,
// appointment or record, when on the hospital clock, with what outcome. Filters by person, action,
// resource type and days live in the address, so a link reproduces the view; the export downloads
// the same selection as CSV. A role that may not read it sees only that (no filters, no export).
import { Badge, Button, Flex, Heading, Link, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { exportAuditEvents } from '@/api/exports';
import { isForbidden, type Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { useAddress } from '@/ui/address';
import { dateTime, hospitalDay } from '@/ui/format';
import {
  appointmentTypeLabel,
  auditActionLabel,
  auditActor,
  auditResourceLabel,
  memberName,
  recordTypeLabel,
} from '@/ui/labels';
import { Pager } from '@/ui/Pager';
import { Empty, Loaded, ProblemCallout } from '@/ui/States';
import { TableHead } from '@/ui/TableHead';
import { useToast } from '@/ui/Toasts';
import { useLoad } from '@/ui/useLoad';
import { ChoiceFilter, DayFilter } from './Filter';
import { ACTIONS, RESOURCE_TYPES, apiQuery, filterErrors, listsRecordsOf, readFilters, resourceHref } from './filters';

type AuditEvent = components['schemas']['AuditEvent'];
const SIZE = 50;
const words = text.audit;
const FORBIDDEN: Problem = { status: 403, type: 'urn:hms:problem:forbidden' };

export function AuditLog() {
  // Only the hospital's administrators read it (Rule AUDIT_READ): the others are not asked for it.
  const { tenant: hospital } = useSession();
  return hospital?.role === 'ADMIN' ? <Trail /> : <Refused problem={FORBIDDEN} />;
}

function Refused({ problem }: { problem: Problem }) {
  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        {words.title}
      </Heading>
      <ProblemCallout problem={problem} />
    </Flex>
  );
}

function Trail() {
  const [address, go] = useAddress();
  const filters = readFilters(address);
  const query = apiQuery(filters);
  const toast = useToast();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<Problem | null>(null);
  const members = useLoad(() => api.GET('/api/members', { params: { header: tenant() } }), []);
  const trail = useLoad(
    () =>
      api.GET('/api/audit-events', {
        params: { header: tenant(), query: { ...query, page: filters.page, size: SIZE } },
      }),
    [filters.person, filters.action, filters.type, filters.from, filters.to, filters.page],
  );
  // Any change of filter goes back to the first page, and the last export's problem is the old filters'.
  const set = (changes: Record<string, string | null>) => {
    setExported(null);
    go({ ...changes, page: null });
  };
  // The server's word on a filter (a To day before From) is said at it, the export's too.
  const errors = { ...filterErrors(exported), ...filterErrors(trail.problem) };
  const atFilters = Object.keys(filterErrors(trail.problem)).length > 0;

  async function exportCsv() {
    setExporting(true);
    const problem = await exportAuditEvents(query);
    setExporting(false);
    setExported(problem);
    if (!problem) toast(words.exported);
  }

  // The server refused (the role changed meanwhile): that alone, as for a role that may not.
  if (trail.problem && isForbidden(trail.problem)) return <Refused problem={trail.problem} />;

  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        {words.title}
      </Heading>
      <Text as="p" color="gray" size="2">
        {words.intro}
      </Text>
      <Flex gap="2" wrap="wrap" align="end">
        <ChoiceFilter
          id="audit-person"
          label={words.person}
          any={words.anyone}
          value={filters.person}
          options={(members.data ?? []).map((m) => ({ value: m.sub, label: memberName(m) }))}
          error={errors.person}
          onChange={(person) => set({ person })}
        />
        <ChoiceFilter
          id="audit-action"
          label={words.action}
          any={words.anyAction}
          value={filters.action}
          options={ACTIONS.map((a) => ({ value: a, label: auditActionLabel(a) }))}
          error={errors.action}
          onChange={(action) => set({ action })}
        />
        <ChoiceFilter
          id="audit-type"
          label={words.resourceType}
          any={words.anyType}
          value={filters.type}
          options={RESOURCE_TYPES.map((t) => ({ value: t, label: auditResourceLabel(t) }))}
          error={errors.type}
          onChange={(type) => set({ type })}
        />
        <DayFilter
          id="audit-from"
          label={words.from}
          value={filters.from}
          error={errors.from}
          onChange={(from) => set({ from })}
        />
        <DayFilter id="audit-to" label={words.to} value={filters.to} error={errors.to} onChange={(to) => set({ to })} />
        <Button variant="soft" onClick={() => set({ person: null, action: null, type: null, from: null, to: null })}>
          {words.clear}
        </Button>
        <Button onClick={() => void exportCsv()} disabled={exporting}>
          {exporting ? words.exporting : words.exportCsv}
        </Button>
      </Flex>
      <ProblemCallout problem={exported} />
      {atFilters && !trail.loading ? (
        <Empty>{words.fixFilters}</Empty>
      ) : (
        <Loaded load={trail} what={words.loading} empty={words.empty} isEmpty={(data) => data.items.length === 0}>
          {(data) => (
            <>
              <Table.Root variant="surface" size="1" aria-label={words.table}>
                <TableHead
                  columns={[
                    words.columns.when,
                    words.columns.who,
                    words.columns.action,
                    words.columns.resource,
                    words.columns.outcome,
                  ]}
                />
                <Table.Body>
                  {data.items.map((e) => (
                    <Table.Row key={e.id}>
                      <Table.Cell>{dateTime(e.at)}</Table.Cell>
                      <Table.Cell>
                        <Who event={e} />
                      </Table.Cell>
                      <Table.Cell>
                        {e.action === 'DENIED'
                          ? `${auditActionLabel(e.attempted)} (${words.refused})`
                          : auditActionLabel(e.action)}
                      </Table.Cell>
                      <Table.Cell>
                        <Resource event={e} />
                      </Table.Cell>
                      <Table.Cell>
                        <Badge highContrast color={e.outcome === 'DENIED' ? 'red' : 'green'}>
                          {words.outcome[e.outcome] ?? e.outcome}
                        </Badge>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table.Root>
              <Pager what={words.events} page={data} onPage={(p) => go({ page: p === 0 ? null : String(p) })} />
            </>
          )}
        </Loaded>
      )}
    </Flex>
  );
}

function Who({ event }: { event: AuditEvent }) {
  const { name, role } = auditActor(event);
  return (
    <Flex direction="column">
      <Text>{name}</Text>
      {role ? (
        <Text size="1" color="gray">
          {role}
        </Text>
      ) : null}
    </Flex>
  );
}

function Resource({ event }: { event: AuditEvent }) {
  const label = event.resourceLabel;
  const type = auditResourceLabel(event.resourceType);
  if (!label) {
    return (
      <Text>
        {type} {event.resourceId ? event.resourceId.slice(0, 8) : ''}
      </Text>
    );
  }
  const kind =
    event.resourceType === 'APPOINTMENT'
      ? appointmentTypeLabel(label.kind)
      : event.resourceType === 'RECORD'
        ? recordTypeLabel(label.kind)
        : null;
  // A list of a patient's records names the patient: whose records were listed.
  const shown = listsRecordsOf(event)
    ? words.recordsOf(label.text)
    : [label.text, kind, label.at ? dateTime(label.at) : null].filter(Boolean).join(' · ');
  const href = resourceHref(event, hospitalDay);
  return (
    <Flex direction="column">
      <Text size="1" color="gray">
        {type}
      </Text>
      {href ? (
        <Link underline="always" href={href}>
          {shown}
        </Link>
      ) : (
        <Text>{shown}</Text>
      )}
    </Flex>
  );
}

// What the scheduling grid shows, loaded: the shown clinicians' appointments over the shown days
// (every page of them), and their free slots on each day that can still be booked.
import { api, tenant, type components } from '@/api/client';
import { columnKey } from './timeGrid';

type Appointment = components['schemas']['Appointment'];
type FreeSlot = components['schemas']['FreeSlot'];
type Answer<T> = { data?: T; error?: unknown; response: Response };

const PAGE = 100;

export async function loadAppointments(
  clinicianIds: string[],
  from: string,
  to: string,
): Promise<Answer<Appointment[]>> {
  const answers = await Promise.all(clinicianIds.map((id) => allPages(id, from, to)));
  const failed = answers.find((a) => a.data === undefined);
  return failed ?? { data: answers.flatMap((a) => a.data ?? []), response: answers[0]?.response ?? new Response() };
}

async function allPages(clinicianId: string, from: string, to: string): Promise<Answer<Appointment[]>> {
  const items: Appointment[] = [];
  for (let page = 0; ; page++) {
    const answer = await api.GET('/api/appointments', {
      params: { header: tenant(), query: { clinicianId, from, to, page, size: PAGE } },
    });
    if (!answer.data) return { error: answer.error, response: answer.response };
    items.push(...answer.data.items);
    if (page + 1 >= answer.data.totalPages) return { data: items, response: answer.response };
  }
}

/** Free slots by columnKey(day, clinician). */
export async function loadFreeSlots(
  clinicianIds: string[],
  days: string[],
  minutes: number,
): Promise<Answer<Map<string, FreeSlot[]>>> {
  const wanted = clinicianIds.flatMap((id) => days.map((day) => ({ id, day })));
  const answers = await Promise.all(
    wanted.map(({ id, day }) =>
      api.GET('/api/clinicians/{id}/free-slots', {
        params: { path: { id }, header: tenant(), query: { date: day, durationMinutes: minutes } },
      }),
    ),
  );
  const failed = answers.find((a) => !a.data);
  if (failed) return { error: failed.error, response: failed.response };
  const slots = new Map(wanted.map(({ id, day }, i) => [columnKey(day, id), answers[i].data?.slots ?? []]));
  return { data: slots, response: answers[0]?.response ?? new Response() };
}

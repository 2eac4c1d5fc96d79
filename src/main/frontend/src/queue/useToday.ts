'use client';
// Today's appointments (the hospital's day, on its clock), all of them: pages of 100 until the last, so a count
// or a queue is never of the first page only. Loaded again every minute, so a check-in at another
// desk shows up without a reload.
import { useEffect, useMemo } from 'react';
import { api, tenant } from '@/api/client';
import { hospitalToday } from '@/ui/format';
import { useLoad, type Load } from '@/ui/useLoad';
import type { Appointment } from './queue';

/** Enough for any day of one hospital; a bound, so a runaway total cannot loop on. */
const MAX_PAGES = 20;

export function useToday(clinicianId?: string, refreshMs = 60_000): Load<Appointment[]> {
  const today = useMemo(() => hospitalToday(), []);
  const load = useLoad<Appointment[]>(async () => {
    const all: Appointment[] = [];
    for (let page = 0; ; page++) {
      const answer = await api.GET('/api/appointments', {
        params: { header: tenant(), query: { ...today, clinicianId, page, size: 100 } },
      });
      if (!answer.data) return { error: answer.error, response: answer.response };
      all.push(...answer.data.items);
      if (page + 1 >= answer.data.totalPages || page + 1 >= MAX_PAGES) {
        return { data: all, response: answer.response };
      }
    }
  }, [today, clinicianId]);
  const { reload } = load;
  useEffect(() => {
    const timer = setInterval(() => void reload(), refreshMs);
    return () => clearInterval(timer);
  }, [reload, refreshMs]);
  return load;
}

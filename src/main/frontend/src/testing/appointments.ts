// An appointment as the API answers it, with what a test needs changed.
import type { Appointment } from '@/queue/queue';

export function appointment(over: Partial<Appointment>): Appointment {
  return {
    id: over.id ?? 'a1',
    patientId: 'p1',
    patientName: 'Ada Lovelace',
    patientMrn: 'P-000001',
    clinicianId: 'd1',
    clinicianEmail: 'doctor@hms.test',
    start: '2030-01-07T09:00:00Z',
    end: '2030-01-07T09:30:00Z',
    durationMinutes: 30,
    type: 'CONSULTATION',
    status: 'SCHEDULED',
    createdAt: '2030-01-01T09:00:00Z',
    createdBy: 'desk',
    updatedAt: '2030-01-01T09:00:00Z',
    version: 1,
    ...over,
  };
}

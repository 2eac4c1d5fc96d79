// An appointment as the server answers it, for the scheduling screens' tests.
import type { components } from '@/api/client';

type Appointment = components['schemas']['Appointment'];

export const appointment = (over: Partial<Appointment> = {}): Appointment => ({
  id: 'a1',
  patientId: '11111111-1111-4111-8111-111111111111',
  patientName: 'Grace Hopper',
  patientMrn: 'P-000001',
  clinicianId: 'd1',
  clinicianEmail: 'doctor@hms.test',
  start: '2026-12-07T08:00:00Z',
  end: '2026-12-07T08:30:00Z',
  durationMinutes: 30,
  type: 'FOLLOW_UP',
  status: 'SCHEDULED',
  createdAt: '2026-12-01T08:00:00Z',
  createdBy: 'desk',
  updatedAt: '2026-12-01T08:00:00Z',
  version: 0,
  ...over,
});

// How a clinician is named on screen. One helper, so that the name members will carry replaces the
// e-mail everywhere at once.
import type { components } from '@/api/client';

type Clinician = components['schemas']['Clinician'];

export function clinicianLabel(c: Pick<Clinician, 'email'>): string {
  return c.email;
}

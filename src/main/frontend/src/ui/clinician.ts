// How a clinician is named on screen, in one place: members have no display name yet, so this is
// their e-mail; when members carry names, only this function changes.
type Named = { clinicianEmail?: string | null };

export function clinicianLabel(who: Named): string {
  return who.clinicianEmail || 'a former member';
}

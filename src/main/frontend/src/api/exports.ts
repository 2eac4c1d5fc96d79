// Files the server makes (the patients' CSV, the audit log's): fetched through the API client like every call, and
// saved only when the server answered with the file itself. A problem (403, 503...) is handed
// back to be shown, never saved under the file's name.
import { text } from '@/i18n/text';
import { api, tenant } from './client';
import { problemOf, type Problem } from './problems';
import type { paths } from './schema';

type AuditQuery = paths['/api/audit-events/export']['get']['parameters']['query'];

/** The audit log's selection as CSV, saved under the name the server gives (hospital and date). */
export async function exportAuditEvents(query: AuditQuery): Promise<Problem | null> {
  const { data, error, response } = await api.GET('/api/audit-events/export', {
    params: { header: tenant(), query },
    parseAs: 'blob',
  });
  if (error !== undefined || !response.ok || !data) return problemOf(error, response);
  if (!(response.headers.get('Content-Type') ?? '').startsWith('text/csv')) {
    return { status: response.status, detail: 'The server did not send a CSV file. Please try again.' };
  }
  const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  save(data, named ? named[1] : 'audit.csv');
  return null;
}

type PatientsQuery = paths['/api/patients/export']['get']['parameters']['query'];

export async function exportPatients(query: PatientsQuery): Promise<Problem | null> {
  const { data, error, response } = await api.GET('/api/patients/export', {
    params: { header: tenant(), query },
    parseAs: 'blob',
  });
  if (error !== undefined || !response.ok || !data) return problemOf(error, response);
  if (!(response.headers.get('Content-Type') ?? '').startsWith('text/csv')) {
    return { status: response.status, detail: text.exports.notCsv };
  }
  save(data, 'patients.csv');
  return null;
}

/** Hands the file to the browser's downloads. */
function save(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

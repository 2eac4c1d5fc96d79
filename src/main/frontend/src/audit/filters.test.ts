import { afterEach, describe, expect, it } from 'vitest';
import { showTimesIn } from '@/ui/format';
import { apiQuery, filterErrors, readFilters, resourceHref } from './filters';

describe("the audit log's filters", () => {
  afterEach(() => showTimesIn(undefined));

  it('reads the address, ignoring values that are none', () => {
    const f = readFilters(
      new URLSearchParams('person=abc-1&action=CREATE&type=RECORD&from=2026-02-30&to=2026-03-01&page=2'),
    );
    expect(f).toEqual({ person: 'abc-1', action: 'CREATE', type: 'RECORD', from: null, to: '2026-03-01', page: 2 });
    expect(readFilters(new URLSearchParams('action=STEAL&type=patient&page=-1&person=a%20b'))).toEqual({
      person: null,
      action: null,
      type: null,
      from: null,
      to: null,
      page: 0,
    });
  });

  it("asks for days on the hospital's clock, the last day included", () => {
    showTimesIn('Asia/Kathmandu');
    const q = apiQuery({ person: null, action: 'READ', type: null, from: '2026-12-01', to: '2026-12-02', page: 0 });
    expect(q).toEqual({
      actor: undefined,
      action: 'READ',
      resourceType: undefined,
      from: '2026-11-30T18:15:00.000Z',
      to: '2026-12-02T18:15:00.000Z',
    });
  });

  it("puts the server's field errors at the filters they are about", () => {
    const problem = {
      status: 400,
      errors: [
        { field: 'to', message: 'must be after from' },
        { field: 'actor', message: 'not an id' },
        { field: 'page', message: 'must be at least 0' },
      ],
    };
    expect(filterErrors(problem)).toEqual({ to: 'must be after from', person: 'not an id' });
    expect(filterErrors(null)).toEqual({});
  });

  it('links a labelled resource to where it is shown', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const patientId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const day = () => '2026-12-01';
    expect(resourceHref({ resourceType: 'PATIENT', resourceId: id, resourceLabel: { text: 'A · P-1' } }, day)).toBe(
      `/patients/view/?id=${id}`,
    );
    expect(resourceHref({ resourceType: 'RECORD', resourceId: id, resourceLabel: { text: 'A' } }, day)).toBe(
      `/records/view/?id=${id}`,
    );
    expect(
      resourceHref(
        {
          resourceType: 'APPOINTMENT',
          resourceId: id,
          resourceLabel: { text: 'A', patientId, at: '2026-12-01T09:00:00Z' },
        },
        day,
      ),
    ).toBe(`/appointments/?day=2026-12-01&patientId=${patientId}`);
    // A list of the patient's records is audited with the patient's id: it links to the patient.
    expect(
      resourceHref(
        { resourceType: 'RECORD', resourceId: patientId, resourceLabel: { text: 'A · P-1', patientId } },
        day,
      ),
    ).toBe(`/patients/view/?id=${patientId}`);
    expect(resourceHref({ resourceType: 'PATIENT', resourceId: id }, day)).toBeNull();
    expect(resourceHref({ resourceType: 'MEMBER', resourceId: id, resourceLabel: { text: 'Ada' } }, day)).toBeNull();
  });
});

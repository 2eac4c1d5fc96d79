import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appointment } from '@/testing/appointments';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { AppointmentActions } from './AppointmentActions';

const CANCEL = 'POST /api/appointments/a1/cancel';

function actions(onDone = vi.fn(), onProblem = vi.fn()) {
  renderScreen(
    <AppointmentActions appointment={appointment()} clinician={false} onDone={onDone} onProblem={onProblem} />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Cancel appointment…' }));
  return { onDone, onProblem };
}

describe('cancelling an appointment', () => {
  it('says the reason is required, and sends nothing without one', async () => {
    const sent = server({ [CANCEL]: json(appointment({ status: 'CANCELLED' })) });
    const { onDone } = actions();
    const field = screen.getByLabelText(/Reason for cancelling \(required/);
    expect(field.getAttribute('aria-required')).toBe('true');
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel appointment' }));
    expect(await screen.findByText('Say why it is cancelled: the reason is required.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("sends the reason, and shows the server's refusal of it at the field", async () => {
    let answer = json(
      {
        type: 'urn:hms:problem:validation',
        title: 'Validation Failed',
        status: 400,
        errors: [{ field: 'reason', message: 'must not contain control characters' }],
      },
      400,
    );
    const sent = server({ [CANCEL]: () => answer });
    const { onDone, onProblem } = actions();
    fireEvent.change(screen.getByLabelText(/Reason for cancelling/), { target: { value: 'Patient called' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel appointment' }));
    expect(await screen.findByText('must not contain control characters')).toBeTruthy();
    expect(await sent[0].json()).toEqual({ reason: 'Patient called' });
    expect(onProblem).not.toHaveBeenCalledWith(expect.objectContaining({ status: 400 }));

    answer = json(appointment({ status: 'CANCELLED', cancellationReason: 'Patient called' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel appointment' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(sent).toHaveLength(2);
  });
});

describe('the steps an appointment offers', () => {
  it('names them in words and offers the front desk no clinical step', () => {
    renderScreen(
      <AppointmentActions
        appointment={appointment({ status: 'CONFIRMED' })}
        clinician={false}
        onDone={() => undefined}
        onProblem={() => undefined}
        onReschedule={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Check in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Did not attend' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pick another time…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });
});

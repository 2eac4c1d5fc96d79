import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { RecordEditor } from './RecordEditor';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the record editor', () => {
  it('never drops a vital it cannot read: it says so at the field and sends nothing', () => {
    const submit = vi.fn();
    renderScreen(<RecordEditor busy={false} problem={null} onSubmit={submit} />);
    fill('Chief complaint *', 'Typo test');
    fill('Pulse (/min)', '9o');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Pulse/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be a number, e.g. 72 or 37.5')).toBeTruthy();
  });

  it('reads a decimal comma as a decimal point', () => {
    const submit = vi.fn();
    renderScreen(<RecordEditor busy={false} problem={null} onSubmit={submit} />);
    fill('Chief complaint *', 'Fever');
    fill('Temperature (°C)', '37,5');
    fill('Pulse (/min)', ' 88 ');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit.mock.calls[0][0].vitals).toEqual({ temperatureC: 37.5, pulse: 88 });
  });
});
